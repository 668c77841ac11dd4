import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { contract, type OpInput, type OpName, type OpOutput } from '../../../shared/contract';
import { folderBytes } from '../../helpers/folder-bytes';
import { rejection, testSession } from '../../helpers/session';

/** A test session whose every answer is also parsed with the contract's output schema. */
async function demoSession() {
  const t = await testSession();
  const call = async <K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>> => {
    const value = await t.call(name, input);
    contract[name].output.parse(value);
    return value;
  };
  const demoFolder = join(t.root, 'user-data', 'demo');
  const folders = async () => (await readdir(demoFolder)).sort();
  return { ...t, call, demoFolder, folders };
}

const caseNames = (opened: OpOutput<'project.openDemo'>) => opened.data.cases.map((c) => c.name);

test('opening the demo twice reopens the same folder, with the edits made in it', async () => {
  const t = await demoSession();
  const first = await t.call('project.openDemo', {});
  await t.call('cases.add', { name: 'Mitt eget fall', type: 'municipality' });
  await t.call('project.close', {});

  const again = await t.call('project.openDemo', {});
  assert.equal(again.dir, first.dir);
  assert.ok(caseNames(again).includes('Mitt eget fall'), 'the edit is there');
  assert.deepEqual(await t.folders(), [first.dir.split(/[\\/]/).pop()]);
  assert.deepEqual(await t.call('project.demoCopy', {}), { dir: first.dir });
  await t.session.close();
});

test('"start over" writes a new copy beside the old one, which stays byte for byte; both are in Recent projects', async () => {
  const t = await demoSession();
  const old = await t.call('project.openDemo', {});
  await t.call('cases.add', { name: 'En timmes arbete', type: 'organisation' });
  await t.call('project.close', {});
  const before = await folderBytes(old.dir);

  const fresh = await t.call('project.startDemoOver', {});
  assert.notEqual(fresh.dir, old.dir);
  assert.ok(!caseNames(fresh).includes('En timmes arbete'), 'the new copy is untouched');
  await t.call('project.close', {});

  assert.deepEqual(await folderBytes(old.dir), before, 'the old copy is unchanged');
  const { projects } = await t.call('project.recent', {});
  assert.deepEqual(
    projects.map((p) => [p.dir, p.status]),
    [
      [fresh.dir, 'present'],
      [old.dir, 'present'],
    ],
  );
  // "Open the demo" now means the newest copy; the old one opens from Recent with its edit.
  assert.equal((await t.call('project.openDemo', {})).dir, fresh.dir);
  assert.ok(caseNames(await t.call('project.open', { dir: old.dir })).includes('En timmes arbete'));
  await t.session.close();
});

test('opening the demo again and again, and starting over, never removes a folder', async () => {
  const t = await demoSession();
  const made = new Set<string>();
  for (let round = 0; round < 4; round++) {
    made.add((await t.call('project.openDemo', {})).dir);
    made.add((await t.call('project.startDemoOver', {})).dir);
    made.add((await t.call('project.openDemo', {})).dir);
  }
  await t.session.close();
  assert.equal(made.size, 5, 'the first opening and four fresh starts');
  const names = [...made].map((dir) => dir.split(/[\\/]/).pop());
  assert.deepEqual(await t.folders(), names.sort());
});

test('a damaged demo copy is reported with its folder and backups; no copy is made in its place', async () => {
  const t = await demoSession();
  const { dir } = await t.call('project.openDemo', {});
  await t.call('project.close', {});
  await writeFile(join(dir, 'project.json'), '{"format":"fynd", tor');

  const error = await rejection(t.call('project.openDemo', {}));
  assert.equal(error.code, 'projectCorrupt');
  assert.equal(error.params.dir, dir);
  assert.ok((error.choices ?? []).length > 0, 'the backups are offered');
  assert.equal((await t.folders()).length, 1, 'no new copy');
  assert.deepEqual(await t.call('project.demoCopy', {}), { dir });
});

test('a demo copy open in another Fynd is reported as locked; no copy is made in its place', async () => {
  const t = await demoSession();
  const { dir } = await t.call('project.openDemo', {});
  await t.call('project.close', {});
  // The parent process is alive on this host: as if another Fynd had the copy open.
  const lock = { pid: process.ppid, host: hostname(), since: new Date().toISOString() };
  await writeFile(join(dir, 'fynd.lock'), JSON.stringify(lock));

  const error = await rejection(t.call('project.openDemo', {}));
  assert.equal(error.code, 'projectLocked');
  assert.equal(error.params.dir, dir);
  assert.equal((await t.folders()).length, 1);
});

test('a copy whose writing was cut short is passed over, and kept', async () => {
  const t = await demoSession();
  const { dir } = await t.call('project.openDemo', {});
  await t.call('project.close', {});
  const torn = join(t.demoFolder, 'Kompetenslyftet-2999-01-01T00-00-00-000Z.fynd');
  await mkdir(join(torn, 'sources'), { recursive: true });

  assert.equal((await t.call('project.openDemo', {})).dir, dir);
  await t.session.close();
  assert.equal((await t.folders()).length, 2);
});

test('the first demo is written on first use; project.demoCopy is null before it', async () => {
  const t = await demoSession();
  assert.deepEqual(await t.call('project.demoCopy', {}), { dir: null });
  const opened = await t.call('project.startDemoOver', {});
  assert.deepEqual(await t.call('project.demoCopy', {}), { dir: opened.dir });
  await t.session.close();
});
