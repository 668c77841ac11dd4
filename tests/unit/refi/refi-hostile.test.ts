import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipClaiming } from '../../helpers/zip-claiming';
import { runFynd as run } from '../../helpers/cli-run';
import { fixtureQde, writeQdpx } from '../../helpers/qdpx-fixture';
import { tempDir } from '../../helpers/temp-dir';

/** One project.qde entry that inflates to `size` spaces and claims `claimed` bytes. */
function bomb(size: number, claimed = 1000): Buffer {
  return zipClaiming('project.qde', size, claimed);
}

const text = 'Hej på dig, sa hon.';

/** Runs `fynd import` into a new folder; returns what it said and what the parent holds after. */
async function importInto(entries: Record<string, string | Uint8Array> | Buffer) {
  const parent = await tempDir();
  const file = join(parent, 'in.qdpx');
  if (Buffer.isBuffer(entries)) await writeFile(file, entries);
  else await writeQdpx(file, entries);
  const result = await run('import', join(parent, 'new'), file);
  return { ...result, parent, after: (await readdir(parent)).sort() };
}

test('fynd import of a .qdpx prints a line per kind, the details and a summary; fynd check accepts the project', async () => {
  const r = await importInto({
    'project.qde': fixtureQde([{ start: 11, end: 14 }]),
    'sources/00000000-0000-4000-8000-000000000020.txt': text,
  });
  assert.equal(r.code, 0, r.err);
  assert.match(
    r.out,
    /^Project “Syntetiskt” from Fixture 1\.0\nCoders: 1 \(Åsa\)\nThemes: 1\nSources: 1 \(0 attributes\)\nCodings: 1\n/,
  );
  assert.match(r.out, /Imported: sources 1, codings 1, themes 1\. Everything came along\./);
  assert.deepEqual(r.after, ['in.qdpx', 'new']);
  const check = await run('check', join(r.parent, 'new'));
  assert.equal(check.code, 0, check.err);
});

test('a zip bomb is refused as too large while inflating; no folder is made', async () => {
  const r = await importInto(bomb(210 * 1024 * 1024));
  assert.equal(r.code, 1);
  assert.match(r.err, /too large/);
  assert.deepEqual(r.after, ['in.qdpx']);
});

test('a 100 MB project.qde is refused with a clear message; no folder is made', async () => {
  const r = await importInto(bomb(100 * 1024 * 1024, 100 * 1024 * 1024));
  assert.equal(r.code, 1);
  assert.match(r.err, /too large to import \(100 MB; the limit is 64 MB\)/);
  assert.deepEqual(r.after, ['in.qdpx']);
});

test('a DTD with entity expansion (billion laughs) is refused before anything is read', async () => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><Project name="&c;" xmlns="urn:QDA-XML:project:1.0"/>`;
  const r = await importInto({ 'project.qde': laughs });
  assert.equal(r.code, 1);
  assert.match(r.err, /declares a DTD, which Fynd never reads/);
  assert.deepEqual(r.after, ['in.qdpx']);
});

test('an external entity without a DTD is not resolved: the XML is refused as not well-formed', async () => {
  const r = await importInto({
    'project.qde': '<Project name="&xxe;" xmlns="urn:QDA-XML:project:1.0"/>',
  });
  assert.equal(r.code, 1);
  assert.match(r.err, /cannot be read as XML/);
  assert.deepEqual(r.after, ['in.qdpx']);
});

test('../ entry names and paths are never read, and nothing is written outside the new folder', async () => {
  const qde = fixtureQde([{ start: 0, end: 3 }]).replace(
    'internal://00000000-0000-4000-8000-000000000020.txt',
    'internal://../../../evil.txt',
  );
  const r = await importInto({
    'project.qde': qde,
    '../evil.txt': text,
    'sources/../../x.txt': text,
  });
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Archive entries with unsafe names, never read \(2\)/);
  assert.match(
    r.out,
    /“Intervju” was not imported: its text file internal:\/\/\.\.\/\.\.\/\.\.\/evil\.txt is missing \(coded passages: 1\)/,
  );
  assert.deepEqual(r.after, ['in.qdpx', 'new']);
});

test('an archive without project.qde, or not a zip at all, gets a translated error', async () => {
  const none = await importInto({ 'readme.txt': 'hello' });
  assert.equal(none.code, 1);
  assert.match(none.err, /not a REFI-QDA project \(\.qdpx\)/);
  const garbage = await importInto(Buffer.from('PK this is not a zip at all'));
  assert.match(garbage.err, /not a REFI-QDA project/);
  assert.deepEqual(garbage.after, ['in.qdpx']);
});

test('a folder that already holds a project is refused and left as it was', async () => {
  const parent = await tempDir();
  const file = await writeQdpx(join(parent, 'in.qdpx'), {
    'project.qde': fixtureQde([]),
  });
  const dir = join(parent, 'p');
  assert.equal((await run('demo', dir)).code, 0);
  const before = (await readdir(dir)).sort();
  const r = await run('import', dir, file);
  assert.equal(r.code, 1);
  assert.match(r.err, /already holds a Fynd project/);
  assert.deepEqual((await readdir(dir)).sort(), before);
});
