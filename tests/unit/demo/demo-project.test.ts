import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { writeProjectFolder } from '../../../main/services/store/project-folder-writer';
import { inspectProject } from '../../../main/services/project-inspector';
import { ProjectStore } from '../../../main/services/store/project-store';
import { TextOffsets } from '../../../shared/model/text-offsets';
import { tempDir } from '../../helpers/temp-dir';
import { demoSpec } from '../../../main/services/demo/demo-content';
import { checkDemoContent } from './check-demo-content';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

test('the demo project holds a whole small evaluation', () => {
  const { file, texts } = buildDemoProject();
  const data = file.data;
  assert.ok(data.cases.length >= 10);
  assert.ok(data.sources.length >= 12);
  for (const source of data.sources) {
    const count = words(texts.get(source.id) ?? '');
    assert.ok(count >= 400 && count <= 1500, `${source.title}: ${count} words`);
  }
  assert.ok(data.themes.length >= 10 && data.themes.length <= 16);
  assert.ok(data.codings.length >= 75);
  assert.equal(data.findings.length, 6);
  assert.equal(data.recommendations.length, 3);
  assert.ok(data.cases.every((c) => c.type !== 'municipality' || c.indicators.length >= 2));
  for (const finding of data.findings) assert.ok(finding.codingIds.length >= 2, finding.statement);
});

test('every demo coding points at exactly its snippet in its transcript', () => {
  const { file, texts } = buildDemoProject();
  for (const coding of file.data.codings) {
    const text = new TextOffsets(texts.get(coding.sourceId) ?? '');
    assert.equal(text.slice(coding.start, coding.end), coding.snippet);
  }
});

test('names listed for pseudonymisation really occur in the transcripts', () => {
  const { file, texts } = buildDemoProject();
  const all = [...texts.values()].join('\n');
  assert.ok(file.data.pseudonyms.length >= 3);
  for (const { real } of file.data.pseudonyms) assert.ok(all.includes(real), real);
});

test('a written demo folder checks clean and opens in the store', async () => {
  const dir = join(await tempDir(), 'Kompetenslyftet.fynd');
  await writeProjectFolder(dir, buildDemoProject());
  const inspected = await inspectProject(dir);
  assert.deepEqual(inspected.problems, []);
  const { store } = await ProjectStore.open(dir);
  assert.equal(store.state.project.name, 'Kompetenslyftet');
  await store.close();
});

test('the authored demo content keeps its own rules (quotes once, colours distinct, word counts)', () => {
  const report = checkDemoContent(demoSpec);
  assert.deepEqual(report.problems, []);
});
