import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setFaultHook } from '../../../main/services/store/fault-points';
import { LOCK_FILE } from '../../../main/services/store/project-lock';
import { ProjectStore, SNAPSHOT_FILE } from '../../../main/services/store/project-store';
import { FyndError } from '../../../shared/errors';
import { tempDir } from '../../helpers/temp-dir';
import { addCase, projectMeta, quietStoreOptions } from '../../helpers/store-fixtures';

const options = quietStoreOptions;

afterEach(() => setFaultHook(null));

/**
 * Holds the next journal fsync until released: the edit is applied in memory and its line is
 * written, but it is not acknowledged yet. `reached` resolves when the fsync is about to run.
 */
function slowFsync() {
  let reach!: () => void;
  let release!: (fail: boolean) => void;
  const reached = new Promise<void>((done) => (reach = done));
  const released = new Promise<boolean>((done) => (release = done));
  let armed = true;
  setFaultHook(async (point) => {
    if (point !== 'journal.beforeSync' || !armed) return;
    armed = false;
    reach();
    if (await released) throw Object.assign(new Error('EIO: fsync failed'), { code: 'EIO' });
  });
  return { reached, release };
}

/** The folder as a crash at this moment leaves it, opened by a fresh process (a copy, lock gone). */
async function afterCrash(dir: string) {
  const copy = `${dir}-crashed`;
  await cp(dir, copy, { recursive: true });
  await rm(join(copy, LOCK_FILE), { force: true });
  return ProjectStore.open(copy, options);
}

const names = (store: ProjectStore) => store.state.list('cases').map((c) => c.name);

/**
 * A project with one case, then a second edit held at its fsync, a compaction asked for meanwhile,
 * and the fsync let go (failing or not): the moment the suite probes.
 */
async function editDuringCompaction(fsyncFails: boolean) {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, projectMeta(), options);
  await addCase(store, 'Före');
  const disk = slowFsync();
  const edit = addCase(store, 'Under fsync');
  await disk.reached;
  const compaction = store.compact();
  disk.release(fsyncFails);
  const outcome = await edit.then(
    () => null,
    (error: unknown) => error,
  );
  await compaction;
  return { dir, store, outcome };
}

test('a compaction asked for while an edit waits for its fsync snapshots only committed edits', async () => {
  const { dir, store, outcome } = await editDuringCompaction(true);
  assert.ok(outcome instanceof FyndError && outcome.code === 'writeFailed');
  const snapshot = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8')) as {
    seq: number;
    data: { cases: { name: string }[] };
  };
  assert.deepEqual(
    snapshot.data.cases.map((c) => c.name),
    ['Före'],
    'an edit the user was told was not saved is not in the snapshot',
  );
  const { store: reopened } = await afterCrash(dir);
  assert.deepEqual(names(reopened), ['Före'], 'and it does not come back after a restart');
  await reopened.close();
  await store.close();
});

test('after a crash, an edit that was being fsynced during a compaction is undone by one undo', async () => {
  const { dir, store, outcome } = await editDuringCompaction(false);
  assert.equal(outcome, null);
  const { store: reopened } = await afterCrash(dir);
  assert.deepEqual(names(reopened), ['Före', 'Under fsync']);
  const undone = await reopened.undo();
  assert.ok(undone.ops.length > 0, 'the undo does something');
  assert.deepEqual(names(reopened), ['Före']);
  await reopened.close();
  await store.close();
});

test('a failed fsync is cut from the journal at once: a crash before the next edit does not bring it back', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, projectMeta(), options);
  await addCase(store, 'Sparad');
  const disk = slowFsync();
  const edit = addCase(store, 'Inte sparad');
  await disk.reached;
  disk.release(true);
  await assert.rejects(edit);
  const { store: reopened } = await afterCrash(dir);
  assert.deepEqual(names(reopened), ['Sparad']);
  await reopened.close();
  await store.close();
});
