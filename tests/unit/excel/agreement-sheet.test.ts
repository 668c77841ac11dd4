import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { excelLabels } from '../../../main/services/excel/excel-labels';
import { runFynd } from '../../helpers/cli-run';
import { readXlsx, sheetNamed, type XlsxCell } from '../../helpers/openpyxl';
import { writeDoubleCodedDemo, writeSoloDemo } from '../../helpers/team-project';
import { tempDir } from '../../helpers/temp-dir';

const words = excelLabels.en.agreement;

/** κ from a row's own cross table, worked out here as a reader of the workbook would. */
function kappaOf(both: number, firstOnly: number, secondOnly: number, neither: number): number {
  const n = both + firstOnly + secondOnly + neither;
  const observed = (both + neither) / n;
  const first = (both + firstOnly) / n;
  const second = (both + secondOnly) / n;
  const expected = first * second + (1 - first) * (1 - second);
  return (observed - expected) / (1 - expected);
}

const value = (cell: XlsxCell | undefined) => cell?.v ?? null;

test('the Excel report has an Agreement sheet: each unit, overall and per theme, with the cross table behind each figure', async () => {
  const { dir, themeName } = await writeDoubleCodedDemo();
  const out = join(await tempDir(), 'report.xlsx');
  const written = await runFynd('report', dir, '--out', out, '--lang', 'en');
  assert.equal(written.code, 0, written.err);
  const sheet = sheetNamed(await readXlsx(out, { cells: true }), excelLabels.en.sheets.agreement);
  assert.deepEqual(sheet.header, words.headers);
  const rows = (sheet.rows ?? []).slice(1);
  for (const unit of ['character', 'sentence', 'paragraph'] as const) {
    const ofUnit = rows.filter((row) => value(row[2]) === words.units[unit]);
    const overall = ofUnit.find((row) => value(row[3]) === words.overall);
    assert.ok(overall, `an overall row by ${unit}`);
    assert.deepEqual([value(overall[0]), value(overall[1])], ['Ada', 'Bo']);
    assert.ok(
      ofUnit.some((row) => String(value(row[3])).endsWith(themeName)),
      `${themeName} by ${unit}`,
    );
    for (const row of ofUnit) {
      const [both = 0, firstOnly = 0, secondOnly = 0, neither = 0] = row
        .slice(10, 14)
        .map((c) => Number(value(c)));
      const units = Number(value(row[9]));
      assert.equal(both + firstOnly + secondOnly + neither, units, 'the table adds up');
      assert.equal(row[5]?.t, 'n', 'κ is a number');
      const kappa = kappaOf(both, firstOnly, secondOnly, neither);
      assert.ok(Math.abs(Number(value(row[5])) - kappa) < 1e-9, 'κ follows from the table');
      assert.equal(value(row[14]), 3, 'three sources both coded');
    }
  }
  // Shorter copies of the same passages: not all characters agree, every sentence does.
  const byCharacter = rows.find(
    (r) => value(r[2]) === words.units.character && value(r[3]) === words.overall,
  );
  const bySentence = rows.find(
    (r) => value(r[2]) === words.units.sentence && value(r[3]) === words.overall,
  );
  assert.ok(Number(value(byCharacter?.[4])) < 100);
  assert.equal(value(bySentence?.[4]), 100);
  assert.equal(value(bySentence?.[6]), words.bands.almostPerfect);
});

test('with one coder the Agreement sheet says agreement needs two', async () => {
  const dir = await writeSoloDemo();
  const out = join(await tempDir(), 'rapport.xlsx');
  assert.equal((await runFynd('report', dir, '--out', out)).code, 0);
  const sheet = sheetNamed(await readXlsx(out, { cells: true }), excelLabels.sv.sheets.agreement);
  assert.equal(sheet.maxRow, 2);
  assert.equal(value(sheet.rows?.[1]?.[3]), excelLabels.sv.agreement.tooFewCoders);
});
