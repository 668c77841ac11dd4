import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { withAtomicOutput } from '../../../main/services/output/atomic-output';
import { excelLabels } from '../../../main/services/excel/excel-labels';
import { writeExcelReport } from '../../../main/services/excel/excel-report';
import { failureReason } from '../../../main/services/output/write-failure';
import { themeWithDescendants } from '../../../shared/model/theme-tree';
import { FyndError } from '../../../shared/errors';
import { readXlsx, sheetNamed } from '../../helpers/openpyxl';
import { tempDir } from '../../helpers/temp-dir';

const data = buildDemoProject().file.data;

/** Asserts a FyndError 'writeFailed' with the given reason. */
function isWriteFailed(reason: string) {
  return (error: unknown) => {
    assert.ok(error instanceof FyndError, String(error));
    assert.equal(error.code, 'writeFailed');
    assert.equal(error.params.reason, reason);
    return true;
  };
}

test('a missing folder fails with writeFailed and leaves no file', async () => {
  const dir = await tempDir();
  const path = join(dir, 'missing', 'rapport.xlsx');
  await assert.rejects(writeExcelReport(data, { path, language: 'sv' }), isWriteFailed('other'));
  assert.deepEqual(await readdir(dir), []);
});

test('a target that is a folder fails and leaves the folder as it was', async () => {
  const dir = await tempDir();
  const path = join(dir, 'rapport.xlsx');
  await mkdir(path);
  await assert.rejects(writeExcelReport(data, { path, language: 'sv' }), isWriteFailed('other'));
  assert.deepEqual(await readdir(dir), ['rapport.xlsx']);
  assert.deepEqual(await readdir(path), []);
});

test('a failure while writing removes the temporary file and keeps the old report', async () => {
  const dir = await tempDir();
  const path = join(dir, 'rapport.xlsx');
  await writeFile(path, 'the previous report');
  const broken = structuredClone(data);
  // A coding that cannot be read makes the Quotes sheet throw half-way through the workbook.
  Object.defineProperty(broken.codings[40], 'snippet', {
    get: () => {
      throw new Error('boom');
    },
  });
  await assert.rejects(writeExcelReport(broken, { path, language: 'sv' }), /boom/);
  assert.deepEqual(await readdir(dir), ['rapport.xlsx']);
  assert.equal(await readFile(path, 'utf8'), 'the previous report');
});

test('an existing report is replaced only when the new one is complete', async () => {
  const dir = await tempDir();
  const path = join(dir, 'rapport.xlsx');
  await writeFile(path, 'old');
  await writeExcelReport(data, { path, language: 'en', sheets: ['quotes'] });
  assert.deepEqual(await readdir(dir), ['rapport.xlsx'], 'no temporary file is left');
  const book = await readXlsx(path);
  assert.deepEqual(book.sheetNames, [excelLabels.en.sheets.quotes]);
});

test('a stream that fails mid-way (disk full) stops the write and leaves nothing', async () => {
  const dir = await tempDir();
  const path = join(dir, 'rapport.xlsx');
  const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
  await assert.rejects(
    withAtomicOutput(path, async ({ stream, check }) => {
      stream.write('PK partial');
      const failed = new Promise((resolve) => stream.once('error', resolve));
      stream.destroy(full);
      await failed;
      assert.throws(check, /no space/);
      // A writer that never finishes must not hang the export.
      return new Promise<never>(() => undefined);
    }),
    isWriteFailed('diskFull'),
  );
  assert.deepEqual(await readdir(dir), []);
});

test('errors are sorted into reasons the user can act on', () => {
  const err = (code: string) => Object.assign(new Error(code), { code });
  assert.equal(failureReason(err('EBUSY')), 'locked');
  assert.equal(failureReason(err('EPERM'), 'win32'), 'locked');
  assert.equal(failureReason(err('EPERM'), 'linux'), 'permission');
  assert.equal(failureReason(err('EACCES')), 'permission');
  assert.equal(failureReason(err('EROFS')), 'permission');
  assert.equal(failureReason(err('ENOSPC')), 'diskFull');
  assert.equal(failureReason(err('ENOENT')), 'other');
  assert.equal(failureReason(new Error('no code')), 'other');
});

test('an empty sheet choice is refused', async () => {
  const dir = await tempDir();
  await assert.rejects(
    writeExcelReport(data, { path: join(dir, 'x.xlsx'), language: 'sv', sheets: [] }),
    (error: unknown) => error instanceof FyndError && error.code === 'invalidInput',
  );
});

test('case and theme filters restrict quotes, matrix rows and columns, and findings', async () => {
  const dir = await tempDir();
  const path = join(dir, 'urval.xlsx');
  const [first, second] = data.cases;
  const theme = data.themes.find(
    (t) => t.parentId === null && data.themes.some((c) => c.parentId === t.id),
  );
  assert.ok(first && second && theme);
  const family = themeWithDescendants(data.themes, theme.id);
  const caseIds = [first.id, second.id];
  const result = await writeExcelReport(data, {
    path,
    language: 'sv',
    caseIds,
    themeIds: [theme.id],
  });
  const l = excelLabels.sv.sheets;
  const caseOf = new Map(data.sources.map((s) => [s.id, s.caseId]));
  const expected = data.codings.filter(
    (k) =>
      caseIds.includes(caseOf.get(k.sourceId) ?? '') && k.themeIds.some((id) => family.has(id)),
  );
  assert.ok(expected.length > 0 && expected.length < data.codings.length);
  assert.equal(result.rows[l.quotes], expected.length);

  const book = await readXlsx(path, { cells: true });
  assert.equal(sheetNamed(book, l.quotes).maxRow - 1, expected.length);
  assert.equal(sheetNamed(book, l.cases).maxRow - 1, 2);
  const matrix = sheetNamed(book, l.matrix);
  assert.deepEqual(matrix.header, [
    excelLabels.sv.matrixTheme,
    first.name,
    second.name,
    excelLabels.sv.total,
  ]);
  assert.equal(matrix.maxRow - 1, family.size + 1);
  assert.equal(sheetNamed(book, l.codebook).maxRow - 1, family.size);
  const findings = sheetNamed(book, l.findings);
  assert.ok(findings.maxRow - 1 < data.findings.length, 'findings outside the themes are left out');
  for (const row of (findings.rows ?? []).slice(1)) {
    assert.ok(Number(row[5]?.v) <= 2, 'at most the two selected cases support a finding');
  }
  const summary = JSON.stringify(sheetNamed(book, l.summary).rows);
  assert.ok(summary.includes(first.name) && summary.includes(theme.name), 'filters are recorded');
});

test('codings from a source without a case get a column of their own in the matrix', async () => {
  const dir = await tempDir();
  const path = join(dir, 'utan-fall.xlsx');
  const copy = structuredClone(data);
  const source = copy.sources[0];
  assert.ok(source);
  source.caseId = null;
  const loose = copy.codings.filter((k) => k.sourceId === source.id).length;
  await writeExcelReport(copy, { path, language: 'sv', sheets: ['matrix'] });
  const book = await readXlsx(path, { cells: true });
  const matrix = sheetNamed(book, excelLabels.sv.sheets.matrix);
  assert.equal(matrix.header.at(-2), excelLabels.sv.noCase);
  const total = matrix.rows?.at(-1);
  assert.equal(total?.at(-2)?.v, loose);
  assert.equal(total?.at(-1)?.v, copy.codings.length);
});
