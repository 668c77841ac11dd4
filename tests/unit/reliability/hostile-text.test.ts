import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { addEntity } from '../../../main/services/actions/entity-actions';
import { runSearch } from '../../../main/services/analysis-service';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { writeExcelReport } from '../../../main/services/excel/excel-report';
import { recommendationSheetsHtml } from '../../../main/services/print/recommendation-sheets';
import { ProjectStore } from '../../../main/services/store/project-store';
import { FyndError } from '../../../shared/errors';
import type { ProjectData } from '../../../shared/model/project-data';
import { newId } from '../../../shared/model/primitives';
import { normaliseText } from '../../../shared/model/text-offsets';
import { readXlsx } from '../../helpers/openpyxl';
import { tempDir } from '../../helpers/temp-dir';

// Each of these makes an XML document "not well-formed": one is enough to lose a whole report.
const FORBIDDEN = ['\uFFFE', '\uFFFF', '\u0001', '\u000B', '\u001F'];

/** The demo with forbidden characters in a quote, a memo, a theme name and the project name. */
function poisonedDemo(): ProjectData {
  const data = structuredClone(buildDemoProject().file.data);
  const poison = (text: string) => `${text} ${FORBIDDEN.join('')}slut`;
  data.project.name = poison(data.project.name);
  const [coding] = data.codings;
  const [theme] = data.themes;
  assert.ok(coding && theme);
  coding.snippet = poison(coding.snippet);
  coding.memo = poison('Memo');
  theme.name = poison(theme.name);
  return data;
}

test('U+FFFE, U+FFFF and C0 controls in quotes, memos and names never make the Excel report unreadable', async () => {
  const dir = await tempDir();
  const path = join(dir, 'rapport.xlsx');
  await writeExcelReport(poisonedDemo(), { path, language: 'sv' });
  const book = await readXlsx(path, { cells: true });
  const text = JSON.stringify(book.sheets.map((s) => s.rows));
  assert.match(text, /Memo slut/, 'the text around the removed characters is kept');
  for (const c of FORBIDDEN)
    assert.ok(!text.includes(c), `U+${c.charCodeAt(0).toString(16)} removed`);
});

test('the same characters never reach the printed sheets; a form feed in the project name cannot break out of the CSS', async () => {
  const data = poisonedDemo();
  data.project.name = 'Projekt\f} body { display: none } @page { x: "';
  const html = recommendationSheetsHtml(data, { language: 'sv', pseudonymise: true });
  for (const c of ['\uFFFE', '\uFFFF', '\u0001']) assert.ok(!html.includes(c));
  // The last <style> holds the page header with the project's name.
  const style = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].at(-1)?.[1] ?? '';
  assert.ok(style.length > 0);
  // Outside its quoted strings (a string ends at an unescaped quote or a line break, \f included)
  // the CSS holds only what Fynd wrote: the name never became a rule.
  const rules = style.replace(/"(?:[^"\\\n\r\f]|\\[0-9a-f]{1,6} ?|\\.)*"/g, '""');
  assert.ok(!rules.includes('display'), rules);
  assert.ok(!style.includes('\f'), 'no form feed left to end a CSS line');
});

test('import normalisation removes U+FFFE and U+FFFF with the other invisible controls', () => {
  assert.equal(normaliseText('Samverkan\uFFFE i\uFFFF Timrå\u0007'), 'Samverkan i Timrå');
});

test('a runaway regular expression is stopped with a clear message and holds up no other call', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, {
    id: newId(),
    name: 'Regex',
    description: '',
    language: 'sv',
    evaluator: '',
    created: new Date().toISOString(),
  });
  const id = newId();
  await store.texts.write(id, `${'a'.repeat(40)}b\nSamverkan i Sundsvall.\n`);
  await store.commit({ action: 'sources.add' }, (state) =>
    addEntity(
      'sources',
      {
        title: 'Patologisk',
        kind: 'interview',
        caseId: null,
        respondentIds: [],
        date: null,
        interviewer: '',
        origin: null,
        length: 64,
        imported: new Date().toISOString(),
      },
      () => ({}),
      id,
    )(state),
  );
  const options = { caseSensitive: false, foldDiacritics: false, wholeWord: false, regex: true };
  let stopped = false;
  const runaway = runSearch(
    store,
    { query: '(a+)+$', options, sourceIds: [], limit: 100 },
    1000,
  ).catch((error: unknown) => {
    stopped = true;
    return error;
  });
  await store.commit(
    { action: 'cases.add' },
    addEntity('cases', {
      name: 'Under sökningen',
      type: 'municipality',
      attributes: [],
      indicators: [],
    }),
  );
  assert.equal(stopped, false, 'an edit was made while the regex still ran');
  const error = await runaway;
  assert.ok(error instanceof FyndError && error.code === 'searchTooSlow', String(error));
  const fine = await runSearch(store, {
    query: 'samverkan i (\\p{L}+)',
    options,
    sourceIds: [],
    limit: 100,
  });
  assert.deepEqual(
    fine.hits.map((h) => h.text),
    ['Samverkan i Sundsvall'],
  );
  await store.close();
});
