import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { contract, type OpInput, type OpName, type OpOutput } from '../../../shared/contract';
import { folderBytes } from '../../helpers/folder-bytes';
import { rejection, testSession } from '../../helpers/session';

/** Three projects in the recent list, their answers parsed with the contract's output schemas. */
async function threeRecent() {
  const t = await testSession();
  const call = async <K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>> => {
    const value = await t.call(name, input);
    contract[name].output.parse(value);
    return value;
  };
  const dirs = ['Kvar', 'Borta', 'Tömd'].map((name) => join(t.root, `${name}.fynd`));
  for (const [i, dir] of dirs.entries()) {
    await call('project.create', { dir, name: `Projekt ${i + 1}`, language: 'sv' });
  }
  await call('project.close', {});
  const [kept = '', gone = '', emptied = ''] = dirs;
  return { ...t, call, kept, gone, emptied };
}

test('each recent entry says whether its folder still holds a project', async () => {
  const t = await threeRecent();
  await rm(t.gone, { recursive: true });
  await rename(join(t.emptied, 'project.json'), join(t.emptied, 'project.json.moved'));

  const { projects } = await t.call('project.recent', {});
  assert.deepEqual(
    projects.map((p) => [p.dir, p.status]),
    [
      [t.emptied, 'projectMissing'],
      [t.gone, 'folderMissing'],
      [t.kept, 'present'],
    ],
  );
});

test('forgetting an entry removes only the entry, never a file', async () => {
  const t = await threeRecent();
  const before = await folderBytes(t.kept);
  await rm(t.gone, { recursive: true });

  const afterGone = await t.call('project.forgetRecent', { dir: t.gone });
  assert.deepEqual(
    afterGone.projects.map((p) => p.dir),
    [t.emptied, t.kept],
  );
  // A present project can be taken off the list too; its folder stays as it was.
  const afterKept = await t.call('project.forgetRecent', { dir: t.kept });
  assert.deepEqual(
    afterKept.projects.map((p) => p.dir),
    [t.emptied],
  );
  assert.deepEqual(await folderBytes(t.kept), before);
  // Forgetting what is not listed changes nothing.
  assert.deepEqual(await t.call('project.forgetRecent', { dir: t.gone }), afterKept);
});

test('opening a recent project whose folder has gone says so, with the folder', async () => {
  const t = await threeRecent();
  await rm(t.gone, { recursive: true });
  const error = await rejection(t.call('project.open', { dir: t.gone }));
  assert.equal(error.code, 'folderMissing');
  assert.equal(error.params.dir, t.gone);
  // A folder that is there but holds no project keeps the older answer.
  await rename(join(t.emptied, 'project.json'), join(t.emptied, 'project.json.moved'));
  assert.equal(
    (await rejection(t.call('project.open', { dir: t.emptied }))).code,
    'projectNotFound',
  );
});
