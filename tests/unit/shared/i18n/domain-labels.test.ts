import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildDemoProject } from '../../../../main/services/demo/build-demo-project';
import { excelLabels } from '../../../../main/services/excel/excel-labels';
import { writeExcelReport } from '../../../../main/services/excel/excel-report';
import { recommendationSheetsHtml } from '../../../../main/services/print/recommendation-sheets';
import {
  EVIDENCE_STRENGTHS,
  QUESTION_GAPS,
  findingEvidence,
  questionStatus,
} from '../../../../shared/analysis/evidence';
import { languages, translate, type Lang } from '../../../../shared/i18n';
import { AttributeSchema } from '../../../../shared/model/attributes';
import {
  CaseTypeSchema,
  CriterionSchema,
  FollowUpSchema,
  ManagementResponseSchema,
  PrioritySchema,
  SourceKindSchema,
  ValenceSchema,
  type Recommendation,
} from '../../../../shared/model/entities';
import type { ProjectData } from '../../../../shared/model/project-data';
import { readXlsx, sheetNamed, type XlsxBook, type XlsxCell } from '../../../helpers/openpyxl';

/**
 * One vocabulary: every enum value of the model is called the same in the app (its catalogue),
 * in the Excel report (read back by openpyxl) and on the printed sheets (HTML and PDF).
 */

const run = promisify(execFile);
const CHROMIUM = '/usr/bin/chromium';

/** Every enum of the model that has words, with all its values (from the schemas). */
const ENUMS = {
  caseType: CaseTypeSchema.options,
  sourceKind: SourceKindSchema.options,
  attributeType: AttributeSchema.options.map((o) => o.shape.type.value),
  valence: ValenceSchema.options,
  priority: PrioritySchema.options,
  decision: ManagementResponseSchema.shape.decision.options,
  followUpStatus: FollowUpSchema.shape.status.options,
  criterion: CriterionSchema.options,
  evidenceStrength: EVIDENCE_STRENGTHS,
  questionGap: QUESTION_GAPS,
} as const;
type Group = keyof typeof ENUMS;

/** The word the app shows for a value: its catalogue, as i18next reads it. */
function appWord(lang: Lang, group: Group, value: string): string {
  const key = `${group}.${value}`;
  const word = translate(lang, key);
  assert.notEqual(word, key, `the app has no word for ${key} (${lang})`);
  return word;
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The demo, changed so that every value of every enum occurs. */
function everyValueProject(): ProjectData {
  const data = structuredClone(buildDemoProject().file.data);
  CaseTypeSchema.options.forEach((type, i) => {
    const c = data.cases[i];
    assert.ok(c);
    c.type = type;
  });
  SourceKindSchema.options.forEach((kind, i) => {
    const s = data.sources[i];
    assert.ok(s);
    s.kind = kind;
  });
  ValenceSchema.options.forEach((valence, i) => {
    const k = data.codings[i];
    assert.ok(k);
    k.valence = valence;
  });
  // A weakly backed finding (one quote) and one with no quotes at all.
  const [firstCoding] = data.codings;
  assert.ok(firstCoding);
  data.findings.push(
    {
      id: id(1),
      statement: 'Svagt underbyggd',
      themeIds: [],
      codingIds: [firstCoding.id],
      order: 98,
    },
    { id: id(2), statement: 'Utan citat', themeIds: [], codingIds: [], order: 99 },
  );
  // Recommendations 1–4: each priority, decision and (latest) follow-up status.
  const [template] = data.recommendations;
  assert.ok(template);
  while (data.recommendations.length < 4) {
    data.recommendations.push({
      ...structuredClone(template),
      id: id(10 + data.recommendations.length),
      order: 10 + data.recommendations.length,
    });
  }
  const recommendations = [...data.recommendations].sort((a, b) => a.order - b.order);
  const decisions = [...ManagementResponseSchema.shape.decision.options, null];
  const priorities = [...PrioritySchema.options, 'low'] as const;
  recommendations.forEach((r: Recommendation, i) => {
    const decision = decisions[i];
    r.priority = priorities[i] ?? 'low';
    r.response = decision
      ? {
          decision,
          reasons: '',
          keyActions: '',
          responsibleUnit: '',
          deadline: null,
          received: null,
        }
      : null;
    const status = FollowUpSchema.shape.status.options[i];
    r.followUps = status ? [{ id: id(20 + i), date: '2026-01-15', status, note: '' }] : [];
  });
  // One question per criterion; the new ones open the gaps the demo's do not.
  const [firstTheme] = data.themes;
  assert.ok(firstTheme);
  const unusedTheme = {
    ...structuredClone(firstTheme),
    id: id(30),
    parentId: null,
    name: 'Okodat tema',
    order: 99,
  };
  data.themes.push(unusedTheme);
  const used = new Set(data.questions.map((q) => q.criterion));
  for (const criterion of CriterionSchema.options.filter((c) => !used.has(c))) {
    const n = data.questions.length;
    data.questions.push({
      id: id(40 + n),
      text: `Fråga om ${criterion}`,
      criterion,
      themeIds: n % 2 === 0 ? [] : [unusedTheme.id],
      indicatorNames: [],
      findingIds: n % 2 === 0 ? [] : [id(1)],
      order: 100 + n,
    });
  }
  return data;
}

let dir: string;
let data: ProjectData;
const books = {} as Record<Lang, XlsxBook>;
const sheets = {} as Record<Lang, string>;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fynd-words-'));
  data = everyValueProject();
  for (const lang of languages) {
    const path = join(dir, `report-${lang}.xlsx`);
    await writeExcelReport(data, { path, language: lang, now: new Date('2026-03-02T10:00:00Z') });
    books[lang] = await readXlsx(path, { cells: true });
    sheets[lang] = recommendationSheetsHtml(data, { language: lang, pseudonymise: true });
  }
});

after(() => rm(dir, { recursive: true, force: true }));

test('the project under test holds every value of every enum', () => {
  const seen = {
    caseType: data.cases.map((c) => c.type),
    sourceKind: data.sources.map((s) => s.kind),
    valence: data.codings.map((k) => k.valence),
    priority: data.recommendations.map((r) => r.priority),
    decision: data.recommendations.flatMap((r) => (r.response ? [r.response.decision] : [])),
    followUpStatus: data.recommendations.flatMap((r) => r.followUps.map((f) => f.status)),
    criterion: data.questions.map((q) => q.criterion),
    evidenceStrength: data.findings.map((f) => findingEvidence(data, f).strength),
    questionGap: data.questions.flatMap((q) => questionStatus(data, q).gaps),
  };
  for (const [group, values] of Object.entries(seen)) {
    assert.deepEqual(
      new Set(values),
      new Set(ENUMS[group as Group]),
      `every ${group} value occurs in the project`,
    );
  }
});

test('the app has a word for every enum value, different for each value, in both languages', () => {
  for (const lang of languages) {
    for (const [group, values] of Object.entries(ENUMS)) {
      const words = values.map((v) => appWord(lang, group as Group, v));
      assert.equal(new Set(words).size, words.length, `${group} words are distinct (${lang})`);
    }
  }
});

/** The text of a cell, as Excel shows it to the reader. */
const text = (cell: XlsxCell | undefined) => String(cell?.v ?? '');

/** The rows of a sheet (header left out) by the text of a key column. */
function rowsBy(book: XlsxBook, sheet: string, keyColumn: number): Map<string, XlsxCell[]> {
  const rows = sheetNamed(book, sheet).rows ?? [];
  return new Map(rows.slice(1).map((r) => [text(r[keyColumn]), r]));
}

test('the Excel report uses the app’s words for every value it shows', () => {
  for (const lang of languages) {
    const book = books[lang];
    const l = excelLabels[lang];
    const word = (group: Group, value: string) => appWord(lang, group, value);

    const cases = rowsBy(book, l.sheets.cases, 0);
    for (const c of data.cases)
      assert.equal(text(cases.get(c.name)?.[1]), word('caseType', c.type));

    const quotes = rowsBy(book, l.sheets.quotes, l.quotes.length - 1);
    const sourceOf = new Map(data.sources.map((s) => [s.id, s]));
    for (const k of data.codings) {
      const row = quotes.get(k.id);
      assert.ok(row, `quote ${k.id} (${lang})`);
      const kind = sourceOf.get(k.sourceId)?.kind;
      assert.ok(kind);
      assert.equal(text(row[2]), word('sourceKind', kind));
      assert.equal(text(row[8]), word('valence', k.valence));
    }

    const recommendations = rowsBy(book, l.sheets.recommendations, 0);
    [...data.recommendations]
      .sort((a, b) => a.order - b.order)
      .forEach((r, i) => {
        const row = recommendations.get(String(i + 1));
        assert.ok(row);
        assert.equal(text(row[6]), word('priority', r.priority));
        if (r.response) assert.equal(text(row[8]), word('decision', r.response.decision));
        const status = r.followUps.at(-1)?.status;
        if (status) assert.equal(text(row[14]), word('followUpStatus', status));
      });

    const findings = rowsBy(book, l.sheets.findings, 1);
    for (const f of data.findings) {
      const strength = findingEvidence(data, f).strength;
      assert.equal(text(findings.get(f.statement)?.[9]), word('evidenceStrength', strength));
    }

    const matrix = rowsBy(book, l.sheets.evaluationMatrix, 1);
    for (const q of data.questions) {
      const row = matrix.get(q.text);
      assert.ok(row, q.text);
      const status = questionStatus(data, q);
      assert.equal(text(row[2]), word('criterion', q.criterion));
      assert.equal(text(row[6]), word('evidenceStrength', status.strength));
      assert.deepEqual(
        text(row[7]).split('; ').filter(Boolean),
        status.gaps.map((g) => word('questionGap', g)),
      );
    }
  }
});

/** Each sheet's section of the printed HTML, tags removed and white space collapsed. */
function sheetTexts(html: string): string[] {
  return html
    .split('<section class="sheet"')
    .slice(1)
    .map((s) =>
      s
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

/** What each printed sheet must say, in the app's words: priority, decisions, follow-up. */
function expectedOnSheets(lang: Lang): { words: string[]; ticked: string | null }[] {
  return [...data.recommendations]
    .sort((a, b) => a.order - b.order)
    .map((r) => {
      const status = r.followUps.at(-1)?.status;
      return {
        words: [
          appWord(lang, 'priority', r.priority),
          ...ENUMS.decision.map((d) => appWord(lang, 'decision', d)),
          ...(status ? [appWord(lang, 'followUpStatus', status)] : []),
        ],
        ticked: r.response ? appWord(lang, 'decision', r.response.decision) : null,
      };
    });
}

test('the printed sheets use the app’s words for priority, decision and follow-up status', () => {
  for (const lang of languages) {
    const html = sheets[lang];
    const texts = sheetTexts(html);
    const expected = expectedOnSheets(lang);
    assert.equal(texts.length, expected.length);
    expected.forEach(({ words, ticked }, i) => {
      for (const w of words) assert.ok(texts[i]?.includes(w), `"${w}" on sheet ${i + 1} (${lang})`);
      if (ticked)
        assert.match(html.split('<section class="sheet"')[i + 1] ?? '', tickedBox(ticked));
    });
  }
});

/** The box of a decision that is ticked (✕) and followed by its word. */
function tickedBox(word: string): RegExp {
  return new RegExp(`✕</span\\s*>${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

test('the printed PDF (Chromium) says the same words', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} is missing: the PDF was not checked`);
    return;
  }
  for (const lang of languages) {
    const htmlPath = join(dir, `sheets-${lang}.html`);
    const pdfPath = join(dir, `sheets-${lang}.pdf`);
    await writeFile(htmlPath, sheets[lang]);
    await run(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        `--user-data-dir=${join(dir, `chromium-${lang}`)}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdfPath}`,
        `file://${htmlPath}`,
      ],
      { timeout: 60_000 },
    );
    // Which sheet says what is checked in the HTML; here, that the PDF shows every word.
    const { stdout } = await run('pdftotext', [pdfPath, '-']);
    const pdf = stdout.replace(/\s+/g, ' ');
    for (const { words } of expectedOnSheets(lang)) {
      for (const w of words) assert.ok(pdf.includes(w), `"${w}" in the PDF (${lang})`);
    }
  }
});

test('the management response’s fields have the app’s names in Excel and on the sheets', () => {
  const fields = Object.keys(ManagementResponseSchema.shape);
  for (const lang of languages) {
    const names = fields.map((field) => translate(lang, `response.${field}`));
    assert.equal(new Set(names).size, fields.length, `distinct names (${lang})`);
    const l = excelLabels[lang];
    const header = (sheetNamed(books[lang], l.sheets.recommendations).rows?.[0] ?? []).map(text);
    for (const name of names) assert.ok(header.includes(name), `"${name}" in Excel (${lang})`);
    // The sheets print the response form for every recommendation: all its fields but the date
    // the response came back, which the form itself is.
    const onForm = fields
      .filter((field) => field !== 'received')
      .map((field) => translate(lang, `response.${field}`));
    for (const [i, sheet] of sheetTexts(sheets[lang]).entries()) {
      for (const name of onForm)
        assert.ok(sheet.includes(name), `"${name}" on sheet ${i + 1} (${lang})`);
    }
  }
});
