import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, readdir, stat, writeFile } from 'node:fs/promises';
import { readXlsx } from '../../helpers/openpyxl';
import { join } from 'node:path';
import { runFynd as run } from '../../helpers/cli-run';
import { terminalProgress } from '../../../main/cli/output-commands';
import { tempDir } from '../../helpers/temp-dir';

test('fynd demo writes a project that fynd info counts and fynd check accepts', async () => {
  const dir = join(await tempDir(), 'demo.fynd');
  assert.equal((await run('demo', dir)).code, 0);
  const info = await run('info', dir);
  assert.equal(info.code, 0);
  const counts = JSON.parse(info.out) as Record<string, number>;
  assert.ok(
    (counts.sources ?? 0) >= 12 && (counts.codings ?? 0) >= 75 && counts.recommendations === 3,
  );
  const check = await run('check', dir);
  assert.equal(check.code, 0, check.err);
  assert.match(check.out, /^OK/);
  const again = await run('demo', dir);
  assert.equal(again.code, 1, 'never overwrites a project');
});

test('fynd check names what is wrong in a damaged folder', async () => {
  const dir = join(await tempDir(), 'demo.fynd');
  await run('demo', dir);
  const [first] = await readdir(join(dir, 'sources'));
  await rm(join(dir, 'sources', first ?? ''));
  const check = await run('check', dir);
  assert.equal(check.code, 1);
  assert.match(check.err, /text file is missing/);
});

test('fynd explains its usage and refuses unknown commands', async () => {
  assert.equal((await run()).code, 2);
  const unknown = await run('frobnicate', '/tmp');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command/);
  const missing = await run('info', join(await tempDir(), 'nothing-here'));
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no Fynd project/i);
});

test('fynd import adds files to a case, a line per file, and skips bad ones', async () => {
  const root = await tempDir();
  const dir = join(root, 'demo.fynd');
  await run('demo', dir);
  const good = join(root, 'Ny intervju.txt');
  await writeFile(good, 'I: Fråga?\nR: Svar om samverkan.');
  const empty = join(root, 'tom.txt');
  await writeFile(empty, '');
  const result = await run('import', dir, good, empty, '--case', 'kramfors');
  assert.equal(result.code, 1);
  assert.match(result.out, /imported {2}Ny intervju\.txt/);
  assert.match(result.err, /skipped {3}tom\.txt: The file is empty/);
  const info = JSON.parse((await run('info', dir)).out) as { sources: number };
  assert.equal(info.sources, 16);
  const unknownCase = await run('import', dir, good, '--case', 'Atlantis');
  assert.equal(unknownCase.code, 1);
  assert.match(unknownCase.err, /no case named "Atlantis"/);
});

test('fynd report and fynd sheets write the same outputs as the app, pseudonymised by default', async () => {
  const root = await tempDir();
  const dir = join(root, 'demo.fynd');
  await run('demo', dir);
  const xlsx = join(root, 'rapport.xlsx');
  const report = await run(
    'report',
    dir,
    '--out',
    xlsx,
    '--lang',
    'en',
    '--cases',
    'Härnösand,Kramfors',
  );
  assert.equal(report.code, 0, report.err);
  assert.match(report.out, /pseudonymised/);
  const book = await readXlsx(xlsx);
  assert.ok(book.sheetNames.includes('Quotes'));
  const html = join(root, 'blad.html');
  const sheets = await run('sheets', dir, '--out', html);
  assert.equal(sheets.code, 0, sheets.err);
  const text = await readFile(html, 'utf8');
  assert.match(text, /<!doctype html>/i);
  assert.doesNotMatch(text, /Birgitta Holmgren/);
  const plain = await run('sheets', dir, '--out', html, '--no-pseudonyms');
  assert.equal(plain.code, 0);
  const unknown = await run('report', dir, '--out', xlsx, '--cases', 'Atlantis');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /no case named "Atlantis"/);
  const nowhere = await run('report', dir, '--out', join(root, 'missing', 'r.xlsx'));
  assert.equal(nowhere.code, 1);
  assert.match(nowhere.err, /could not be written/);
});

test('fynd sheets onto a folder says the file could not be written, as the report does, and leaves the folder', async () => {
  const root = await tempDir();
  const dir = join(root, 'demo.fynd');
  assert.equal((await run('demo', dir)).code, 0);
  const folder = join(root, 'blad.html');
  await mkdir(folder);
  for (const command of ['sheets', 'report']) {
    const result = await run(command, dir, '--out', folder);
    assert.equal(result.code, 1);
    assert.match(result.err, /could not be written/, command);
    assert.ok((await stat(folder)).isDirectory());
  }
  assert.deepEqual(await readdir(root), ['blad.html', 'demo.fynd']);
});

test('fynd report draws its progress on a terminal only, and wipes it when done', () => {
  const written: string[] = [];
  const report = terminalProgress(
    { isTTY: true, write: (text: string) => written.push(text) },
    { now: () => 0 }, // every call inside one interval
  );
  assert.ok(report);
  report(0, 50_000);
  report(25_000, 50_000);
  report(50_000, 50_000);
  assert.deepEqual(written, ['\rWriting rows 0 of 50000…', '\r\x1b[K']);
  assert.equal(terminalProgress({ write: () => undefined }), undefined);
});
