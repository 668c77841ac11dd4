import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { excelLabels, WORKSHEET_KEYS } from '../../../main/services/excel/excel-labels';
import { writeExcelReport } from '../../../main/services/excel/excel-report';
import type { ProjectData } from '../../../shared/model/project-data';
import { readXlsx, sheetNamed, xlsxParts, type XlsxBook } from '../../helpers/openpyxl';

const demo = (): ProjectData => buildDemoProject().file.data;
const FORMULA_QUOTE = '=SUM(A1)';
const FORMULA_LIKE = ['+46 70 123 45 67', '-minus först', '@SUM(A1)'];

/** The demo with a synthesis cell and quotes that look like formulas. */
function demoWithExtras(): ProjectData {
  const data = structuredClone(demo());
  const base = data.codings[0];
  assert.ok(base);
  [FORMULA_QUOTE, ...FORMULA_LIKE].forEach((snippet, i) => {
    data.codings.push({
      ...base,
      id: `00000000-0000-4000-8000-00000000000${i}`,
      snippet,
      start: 0,
      end: [...snippet].length,
    });
  });
  const [theme] = data.themes;
  const [firstCase] = data.cases;
  assert.ok(theme && firstCase);
  data.syntheses.push({
    id: '00000000-0000-4000-8000-0000000000aa',
    themeId: theme.id,
    caseId: firstCase.id,
    text: 'Birgitta Holmgrens arbete bär samverkan här.',
  });
  return data;
}

let dir: string;
let sv: XlsxBook;
let en: XlsxBook;
let plain: XlsxBook;
let data: ProjectData;
let svResult: Awaited<ReturnType<typeof writeExcelReport>>;
const progress: [number, number][] = [];

// One export per language, read back once, shared by the tests below.
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fynd-excel-'));
  data = demoWithExtras();
  const now = new Date('2026-03-02T10:00:00Z');
  svResult = await writeExcelReport(data, {
    path: join(dir, 'rapport.xlsx'),
    language: 'sv',
    now,
    onProgress: (done, total) => progress.push([done, total]),
  });
  await writeExcelReport(data, { path: join(dir, 'report.xlsx'), language: 'en', now });
  await writeExcelReport(data, {
    path: join(dir, 'plain.xlsx'),
    language: 'en',
    pseudonymise: false,
    now,
  });
  [sv, en, plain] = await Promise.all([
    readXlsx(join(dir, 'rapport.xlsx'), { cells: true }),
    readXlsx(join(dir, 'report.xlsx'), { cells: true }),
    readXlsx(join(dir, 'plain.xlsx'), { cells: true }),
  ]);
});

after(() => rm(dir, { recursive: true, force: true }));

test('sheet names follow the language, and Swedish names obey Excel’s rules', () => {
  for (const [book, language] of [
    [sv, 'sv'],
    [en, 'en'],
  ] as const) {
    assert.deepEqual(
      book.sheetNames,
      WORKSHEET_KEYS.map((key) => excelLabels[language].sheets[key]),
    );
  }
  for (const name of Object.values(excelLabels.sv.sheets)) {
    assert.ok(name.length <= 31, name);
    assert.doesNotMatch(name, /[[\]:*?/\\]/);
  }
  assert.deepEqual(svResult.sheets, sv.sheetNames);
  assert.equal(sv.properties.creator, 'Fynd');
  assert.match(sv.properties.title ?? '', /Utvärderingsrapport – Kompetenslyftet/);
  assert.match(sv.properties.created ?? '', /^2026-03-02/);
});

test('header rows come from the label table', () => {
  const l = excelLabels.en;
  assert.deepEqual(sheetNamed(en, l.sheets.quotes).header.slice(0, l.quotes.length), l.quotes);
  assert.deepEqual(sheetNamed(en, l.sheets.findings).header, l.findings);
  assert.deepEqual(sheetNamed(en, l.sheets.recommendations).header, l.recommendations);
  assert.deepEqual(sheetNamed(en, l.sheets.evaluationMatrix).header, l.evaluationMatrix);
  assert.deepEqual(sheetNamed(en, l.sheets.codebook).header, l.codebook);
  assert.deepEqual(
    sheetNamed(sv, excelLabels.sv.sheets.summary).header,
    excelLabels.sv.summary.headers,
  );
  const cases = sheetNamed(en, l.sheets.cases).header;
  assert.deepEqual(cases.slice(0, 4), l.cases);
  assert.ok(cases.includes('Företagsbesök (st)'), 'indicator columns name their unit');
  assert.ok(cases.includes('Invånare (ca, 2011)'), 'attributes are columns');
});

test('row counts equal the project’s counts', () => {
  const l = excelLabels.sv.sheets;
  assert.equal(sheetNamed(sv, l.quotes).maxRow - 1, data.codings.length);
  assert.equal(sheetNamed(sv, l.cases).maxRow - 1, data.cases.length);
  assert.equal(sheetNamed(sv, l.codebook).maxRow - 1, data.themes.length);
  assert.equal(sheetNamed(sv, l.findings).maxRow - 1, data.findings.length);
  assert.equal(sheetNamed(sv, l.recommendations).maxRow - 1, data.recommendations.length);
  assert.equal(sheetNamed(sv, l.evaluationMatrix).maxRow - 1, data.questions.length);
  assert.equal(sheetNamed(sv, l.matrix).maxRow - 1, data.themes.length + 1, 'themes and a total');
  assert.equal(sheetNamed(sv, l.syntheses).maxRow - 1, 1);
  assert.equal(svResult.rows[l.quotes], data.codings.length);
  const last = progress.at(-1);
  assert.ok(last && last[0] === last[1], 'progress ends at its total');
});

test('numbers are numbers, dates are dates, booleans booleans', () => {
  const l = excelLabels.en;
  const cases = sheetNamed(en, l.sheets.cases);
  const rows = cases.rows ?? [];
  const column = (header: string) => cases.header.indexOf(header);
  const harnosand = rows.find((r) => r[0]?.v === 'Härnösand');
  assert.ok(harnosand);
  assert.deepEqual(harnosand[column('Företagsbesök (st)')], { t: 'n', v: 120 });
  assert.deepEqual(harnosand[column('Invånare (ca, 2011)')], { t: 'n', v: 24900 });
  assert.deepEqual(harnosand[column('Projektstart')], { t: 'd', v: '2010-12-01T00:00:00' });
  assert.deepEqual(harnosand[column('Redovisade på slutkonferensen')], { t: 'b', v: true });
  assert.equal(harnosand[column(l.cases[3] ?? '')]?.t, 'n', 'coding count');
  const quotes = sheetNamed(en, l.sheets.quotes).rows ?? [];
  assert.equal(quotes[1]?.[12]?.t, 'n', 'start');
  assert.equal(quotes[1]?.[3]?.t, 'd', 'source date');
  const matrix = sheetNamed(en, l.sheets.matrix).rows ?? [];
  assert.ok(matrix.slice(1).every((r) => r.slice(1).every((c) => c.t === 'n')));
});

test('a quote that looks like a formula stays a literal string', () => {
  for (const book of [sv, en, plain]) {
    const quotes = sheetNamed(book, book.sheetNames[7] ?? '').rows ?? [];
    for (const text of [FORMULA_QUOTE, ...FORMULA_LIKE]) {
      const cell = quotes.flatMap((r) => r).find((c) => c.v === text);
      assert.deepEqual(cell, { t: 's', v: text });
    }
    assert.ok(!quotes.flatMap((r) => r).some((c) => c.t === 'f'), 'no formula anywhere');
  }
});

test('no real name appears anywhere when pseudonymised, and they do when not', async () => {
  const reals = data.pseudonyms.map((p) => p.real);
  for (const file of ['rapport.xlsx', 'report.xlsx']) {
    const parts = await xlsxParts(join(dir, file));
    for (const [part, text] of Object.entries(parts)) {
      for (const real of reals) assert.ok(!text.includes(real), `${real} in ${file}:${part}`);
    }
  }
  const quotes = JSON.stringify(sheetNamed(sv, excelLabels.sv.sheets.quotes).rows);
  assert.match(quotes, /Tjänsteperson 1/);
  const synthesis = JSON.stringify(sheetNamed(sv, excelLabels.sv.sheets.syntheses).rows);
  assert.match(synthesis, /Tjänsteperson 1s arbete/);
  const plainQuotes = JSON.stringify(sheetNamed(plain, excelLabels.en.sheets.quotes).rows);
  const named = reals.filter((real) => plainQuotes.includes(real));
  assert.ok(named.length >= 3, `real names kept without pseudonymisation (${named.join(', ')})`);
});

test('the matrix has its heat map; every sheet is frozen, filtered and set up for print', () => {
  const l = excelLabels.sv.sheets;
  const matrix = sheetNamed(sv, l.matrix);
  const last = String.fromCharCode(64 + data.cases.length + 1);
  assert.deepEqual(matrix.conditionalFormats, [
    { range: `B2:${last}${data.themes.length + 1}`, types: ['colorScale'] },
  ]);
  assert.equal(sheetNamed(sv, l.valence).conditionalFormats[0]?.types[0], 'colorScale');
  for (const sheet of sv.sheets) {
    assert.match(sheet.freezePanes ?? '', /^[A-C]2$/, sheet.name);
    assert.equal(sheet.autoFilter, `A1:${sheet.dimensions.split(':')[1]?.replace(/\d+$/, '')}1`);
    assert.equal(sheet.printTitleRows, '$1:$1', sheet.name);
    assert.equal(sheet.fitToWidth, 1);
    assert.equal(sheet.fitToHeight, 0);
    assert.ok(sheet.fitToPage, sheet.name);
    assert.ok(Object.keys(sheet.columnWidths).length > 0, sheet.name);
  }
  assert.equal(sheetNamed(sv, l.quotes).orientation, 'landscape');
  assert.equal(sheetNamed(sv, l.summary).orientation, 'portrait');
});

test('findings list supporting and contradicting cases and a strength', () => {
  const l = excelLabels.sv;
  const rows = sheetNamed(sv, l.sheets.findings).rows ?? [];
  const owner = rows.find((r) => String(r[1]?.v).startsWith('Ingen aktör äger'));
  assert.ok(owner);
  assert.equal(owner[8]?.v, 'Örnsköldsvik');
  assert.equal(owner[7]?.v, 1);
  assert.ok(Object.values(l.evidenceStrength).includes(String(owner[9]?.v)));
  assert.ok(String(owner[10]?.v).length > 20, 'a representative quote');
  const matrix = sheetNamed(sv, l.sheets.evaluationMatrix).rows ?? [];
  assert.match(String(matrix[1]?.[4]?.v), /Företagsbesök \(st\): Härnösand 120/);
});

test('dates are written the report language’s way; whole numbers without a stray point', async () => {
  const formats = async (file: string, language: 'sv' | 'en') => {
    const book = await readXlsx(join(dir, file), { cells: true, formats: true });
    const l = excelLabels[language];
    const sourceDate = sheetNamed(book, l.sheets.quotes).rows?.[1]?.[3];
    const reportDate = (sheetNamed(book, l.sheets.summary).rows ?? []).find(
      (r) => r[0]?.v === l.summary.reportDate,
    )?.[1];
    const indicators = sheetNamed(book, l.sheets.indicatorSources).rows ?? [];
    const whole = indicators.find((r) => r[2]?.v === 1200)?.[2];
    return { sourceDate, reportDate, whole };
  };
  const sv = await formats('rapport.xlsx', 'sv');
  assert.equal(sv.sourceDate?.t, 'd');
  assert.equal(sv.sourceDate?.f, 'yyyy-mm-dd');
  assert.equal(sv.reportDate?.f, 'yyyy-mm-dd');
  const en = await formats('report.xlsx', 'en');
  assert.equal(en.sourceDate?.t, 'd');
  assert.equal(en.sourceDate?.f, '[$-809]d mmm yyyy');
  assert.equal(en.reportDate?.f, '[$-809]d mmm yyyy');
  assert.equal(en.whole?.f, '#,##0');
});

test('the quotes sheet has each source attribute as a typed column after the case attributes, keys in the order first met', () => {
  const l = excelLabels.en;
  const quotes = sheetNamed(en, l.sheets.quotes);
  const caseKeys = [...new Set(data.cases.flatMap((c) => c.attributes.map((a) => a.key)))];
  const sourceKeys = [
    ...new Set(data.sources.flatMap((s) => (s.attributes ?? []).map((a) => a.key))),
  ];
  assert.ok(sourceKeys.length > 0, 'the demo gives its sources attributes');
  assert.deepEqual(quotes.header.slice(l.quotes.length), [...caseKeys, ...sourceKeys]);
  const byTitle = new Map(data.sources.map((s) => [s.title, s]));
  const rows = (quotes.rows ?? []).slice(1);
  assert.equal(rows.length, data.codings.length);
  for (const row of rows) {
    const source = byTitle.get(String(row[1]?.v));
    assert.ok(source, String(row[1]?.v));
    sourceKeys.forEach((key, i) => {
      const cell = row[l.quotes.length + caseKeys.length + i];
      const attribute = source.attributes?.find((a) => a.key === key);
      const type = { number: 'n', boolean: 'b', text: 's', date: 'd' } as const;
      assert.deepEqual(
        cell,
        attribute ? { t: type[attribute.type], v: attribute.value } : { t: 'n', v: null },
        `${source.title}: ${key}`,
      );
    });
  }
});
