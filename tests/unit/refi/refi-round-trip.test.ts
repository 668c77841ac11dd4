import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { importRefiProject } from '../../../main/services/refi/refi-import';
import { qdpxBytes } from '../../../main/services/refi/qdpx-export';
import { codebookQdc, type OffsetUnits } from '../../../main/services/refi/qde-writer';
import type { BuiltProject } from '../../../main/services/store/project-folder-writer';
import type { ProjectData } from '../../../shared/model/project-data';
import { fixtureQde, writeQdpx } from '../../helpers/qdpx-fixture';
import { refiSample, skipWithoutSample } from '../../helpers/refi-samples';
import { tempDir } from '../../helpers/temp-dir';

const projectXsd = 'ponte/Project-mrt2019.xsd';
const codebookXsd = 'openqda-refi-tools/Codebook.xsd';

async function exportAndImport(built: BuiltProject, units: OffsetUnits) {
  const dir = await tempDir();
  const file = join(dir, 'p.qdpx');
  await writeFile(file, await qdpxBytes(built.file.data, built.texts, units));
  return { file, back: await importRefiProject(file, { lang: 'sv' }) };
}

/** Everything but the import report memo, which the way back adds. */
function carried(data: ProjectData) {
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    project: data.project,
    themes: byId(data.themes),
    sources: byId(data.sources),
    cases: byId(data.cases),
    codings: byId(data.codings),
    memos: byId(data.memos.filter((m) => !m.title.startsWith('Import från'))),
    respondents: byId(data.respondents),
    findings: byId(data.findings),
    recommendations: byId(data.recommendations),
    questions: byId(data.questions),
    pseudonyms: byId(data.pseudonyms),
    syntheses: byId(data.syntheses),
  };
}

function assertSame(before: BuiltProject, after: BuiltProject) {
  assert.deepEqual(carried(after.file.data), carried(before.file.data));
  assert.deepEqual(new Map([...after.texts].sort()), new Map([...before.texts].sort()));
}

/** Checks an XML file against a schema with xmllint, an independent reader. */
function validates(xml: string, xsd: string, dir: string): string {
  const path = join(dir, 'check.xml');
  execFileSync('sh', ['-c', 'cat > "$1"', 'sh', path], { input: xml });
  return execFileSync('xmllint', ['--noout', '--schema', refiSample(xsd) ?? '', path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

for (const units of ['utf16', 'codepoints'] as const) {
  test(`the demo goes Fynd → .qdpx (${units}) → Fynd unchanged`, async () => {
    const demo = buildDemoProject();
    const { back } = await exportAndImport(demo, units);
    assertSame(demo, back.built);
  });

  test(`a project from CR LF sources with å ä ö, a combining accent and a ZWJ emoji goes round (${units}) unchanged`, async () => {
    const raw =
      '👩‍👩‍👧 Åsa sa: ”vi hade q\u0301 och é”.\r\nÄrligt talat 😀 gick det bra.\r\nÖver och ut.';
    const words = ['Åsa', 'q\u0301 och', 'Ärligt', 'gick det bra', 'Över och ut'];
    const dir = await tempDir();
    const qde = fixtureQde(
      words.map((w) => ({ start: raw.indexOf(w), end: raw.indexOf(w) + w.length })),
    );
    const file = await writeQdpx(join(dir, 'in.qdpx'), {
      'project.qde': qde,
      'Sources/00000000-0000-4000-8000-000000000020.txt': raw,
    });
    const first = await importRefiProject(file, { lang: 'sv' });
    assert.deepEqual(
      first.built.file.data.codings.map((c) => c.snippet),
      words,
    );
    const { back } = await exportAndImport(first.built, units);
    assertSame(first.built, back.built);
  });
}

test(
  'project.qde validates against Project-mrt2019.xsd and the .qdc against Codebook.xsd (xmllint)',
  { skip: skipWithoutSample(projectXsd) },
  async () => {
    const demo = buildDemoProject();
    const dir = await tempDir();
    const zip = await JSZip.loadAsync(await qdpxBytes(demo.file.data, demo.texts, 'utf16'));
    const qde = (await zip.file('project.qde')?.async('string')) ?? '';
    validates(qde, projectXsd, dir);
    validates(codebookQdc(demo.file.data, 'Fynd'), codebookXsd, dir);
    // Each text is where the qde says, and a selection's UTF-16 offsets cut the same words.
    const source = demo.file.data.sources[0];
    const coding = demo.file.data.codings.find((c) => c.sourceId === source?.id);
    const text = (await zip.file(`sources/${source?.id}.txt`)?.async('string')) ?? '';
    const match = new RegExp(
      `<PlainTextSelection guid="${coding?.id}"[^>]*startPosition="(\\d+)" endPosition="(\\d+)"`,
    ).exec(qde);
    assert.equal(text.slice(Number(match?.[1]), Number(match?.[2])), coding?.snippet);
  },
);
