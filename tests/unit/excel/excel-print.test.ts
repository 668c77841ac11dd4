import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { excelLabels } from '../../../main/services/excel/excel-labels';
import { writeExcelReport } from '../../../main/services/excel/excel-report';
import type { ProjectData } from '../../../shared/model/project-data';
import { readXlsx, sheetNamed, type XlsxBook, type XlsxSheet } from '../../helpers/openpyxl';

/**
 * The Excel report on paper: every row as tall as its wrapped text (read back by openpyxl), and
 * LibreOffice's PDF of the demo report (read back by pdftotext) shows every summary line and
 * every quote whole, not overlapped by the next row.
 */

const run = promisify(execFile);
const KEY_ACTIONS = '1. Utse en ansvarig chef i varje kommun\n2. Boka ett möte\n3. Följ upp i juni';

/** A program on PATH, or null. */
function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Text without white space and soft hyphens: a PDF breaks lines where it likes. */
const squash = (text: string) => text.replace(/[\s\u00ad]+/g, '');

interface Word {
  page: number;
  x: number;
  y: number;
  bottom: number;
  text: string;
}

/** Every word of a PDF with its page and position, from `pdftotext -bbox`. */
function wordsOf(bboxHtml: string): Word[] {
  const words: Word[] = [];
  bboxHtml.split('<page ').forEach((page, index) => {
    const pattern =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const m of page.matchAll(pattern)) {
      const text = (m[4] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      words.push({ page: index, x: Number(m[1]), y: Number(m[2]), bottom: Number(m[3]), text });
    }
  });
  return words;
}

/**
 * The text of one table column on every page, top to bottom: the words between the heading
 * `title` and the heading `next` to its right, below the heading row.
 */
function columnText(bboxHtml: string, title: string, next: string): string {
  const words = wordsOf(bboxHtml);
  const out: string[] = [];
  for (const page of new Set(words.map((w) => w.page))) {
    const on = words.filter((w) => w.page === page);
    const right = on.find((w) => w.text === next);
    const left = on.find((w) => w.text === title && right && Math.abs(w.y - right.y) < 1);
    if (!left || !right) continue;
    const inColumn = on
      .filter((w) => w.y > right.bottom && w.x >= left.x - 1 && w.x < right.x - 1)
      .sort((a, b) => a.y - b.y || a.x - b.x);
    out.push(inColumn.map((w) => w.text).join(' '));
  }
  return out.join(' ');
}

let dir: string;
let book: XlsxBook;
let pdfPath: string;
const l = excelLabels.sv;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fynd-print-'));
  const data: ProjectData = structuredClone(buildDemoProject().file.data);
  const [recommendation] = data.recommendations;
  assert.ok(recommendation);
  recommendation.response = {
    decision: 'accepted',
    reasons: 'Vi delar bilden.',
    keyActions: KEY_ACTIONS,
    responsibleUnit: 'Kommunledningen',
    deadline: '2026-06-30',
    received: '2026-03-01',
  };
  const path = join(dir, 'rapport.xlsx');
  pdfPath = join(dir, 'rapport.pdf');
  await writeExcelReport(data, { path, language: 'sv', now: new Date('2026-03-02T10:00:00Z') });
  book = await readXlsx(path, { cells: true });
});

after(() => rm(dir, { recursive: true, force: true }));

/** A column's number from its letters: A → 1, Z → 26, AA → 27. */
function columnNumber(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

/** Rows (1-based numbers) whose text cannot fit one line: line breaks, or far too long. */
function rowsThatWrap(sheet: XlsxSheet): { row: number; lines: number }[] {
  // Keyed by the first column of each run of equal widths (A, C…): a column takes the width of the
  // nearest key at or before it.
  const keyed = Object.entries(sheet.columnWidths)
    .map(([letters, width]) => [columnNumber(letters), width] as const)
    .sort((a, b) => a[0] - b[0]);
  const widthOf = (column: number) => keyed.filter(([first]) => first <= column).at(-1)?.[1] ?? 8;
  const found: { row: number; lines: number }[] = [];
  (sheet.rows ?? []).forEach((cells, i) => {
    let lines = 1;
    cells.forEach((cell, c) => {
      if (cell.t !== 's' || typeof cell.v !== 'string') return;
      const typed = cell.v.split('\n').length;
      // Prose averages well under one character per unit of width: 1.6 per unit must wrap.
      const long = cell.v.length > 1.6 * widthOf(c + 1) ? 2 : 1;
      lines = Math.max(lines, typed, long);
    });
    if (lines > 1) found.push({ row: i + 1, lines });
  });
  return found;
}

test('every row whose text wraps is tall enough for its lines (openpyxl)', () => {
  let checked = 0;
  for (const sheet of book.sheets) {
    for (const { row, lines } of rowsThatWrap(sheet)) {
      const height = sheet.rowHeights[String(row)] ?? 15;
      assert.ok(height >= 15 * lines, `${sheet.name} row ${row}: ${height} pt for ${lines} lines`);
      checked++;
    }
  }
  assert.ok(checked > 100, `${checked} wrapped rows checked`);
  const recommendations = sheetNamed(book, l.sheets.recommendations);
  const actions = (recommendations.rows ?? []).findIndex((r) => r[10]?.v === KEY_ACTIONS);
  assert.ok(actions > 0, 'the key actions keep their line breaks');
  assert.ok((recommendations.rowHeights[String(actions + 1)] ?? 0) >= 45);
});

test('the theme × case sheets say that sub-themes are not counted in their parents', () => {
  for (const name of [l.sheets.matrix, l.sheets.valence]) {
    assert.match(sheetNamed(book, name).header[0] ?? '', /underteman räknas inte in/);
  }
});

test('LibreOffice prints every summary line and every quote whole', async (t) => {
  const soffice = onPath('soffice');
  if (!soffice) {
    t.skip('LibreOffice (soffice) is not installed: the printed report was not checked');
    return;
  }
  // A profile of its own, so a LibreOffice already running elsewhere is never disturbed.
  await run(
    'timeout',
    [
      '-k',
      '10',
      '240',
      soffice,
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'rapport.xlsx'),
    ],
    { timeout: 260_000 },
  );
  const { stdout } = await run('pdftotext', [pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pdf = squash(stdout);

  const summary = sheetNamed(book, l.sheets.summary).rows ?? [];
  for (const row of summary.slice(1)) {
    for (const cell of row) {
      if (cell.t === 's') assert.ok(pdf.includes(squash(String(cell.v))), `summary: ${cell.v}`);
    }
  }
  // The quote column, read word by word from where LibreOffice put each word: a row drawn
  // over the next would mix their words.
  const { stdout: boxes } = await run('pdftotext', ['-bbox', pdfPath, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const column = squash(columnText(boxes, l.quotes[9] ?? '', l.quotes[10] ?? ''));
  const quotes = (sheetNamed(book, l.sheets.quotes).rows ?? []).slice(1);
  assert.ok(quotes.length > 50);
  for (const row of quotes) {
    const quote = String(row[9]?.v ?? '');
    assert.ok(column.includes(squash(quote)), `quote: ${quote.slice(0, 60)}…`);
  }
  assert.ok(pdf.includes(squash(KEY_ACTIONS)), 'the key actions, line by line');
});
