import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { addEntity } from '../../../main/services/actions/entity-actions';
import { inspectProject } from '../../../main/services/project-inspector';
import { setFaultHook } from '../../../main/services/store/fault-points';
import { ProjectStore } from '../../../main/services/store/project-store';
import { tempDir } from '../../helpers/temp-dir';
import { addCase, projectMeta, quietStoreOptions } from '../../helpers/store-fixtures';

afterEach(() => setFaultHook(null));

test('a compaction between reading the snapshot and the journal makes the reader read again, not go back', async () => {
  const dir = await tempDir();
  const quiet = quietStoreOptions;
  const { store } = await ProjectStore.create(dir, projectMeta(), quiet);
  await addCase(store, 'Ett');
  await store.compact();
  await addCase(store, 'Två');
  let struck = false;
  setFaultHook(async (point) => {
    if (point !== 'inspect.afterSnapshot' || struck) return;
    struck = true;
    // The app compacts right after the reader took the old snapshot (seq 1, journal with seq 2).
    await addCase(store, 'Tre');
    await store.compact();
  });
  const read = await inspectProject(dir);
  assert.ok(struck);
  assert.equal(read.seq, 3);
  assert.deepEqual(
    read.data.cases.map((c) => c.name),
    ['Ett', 'Två', 'Tre'],
  );
  assert.deepEqual(read.problems, []);
  await store.close();
});

test('reading a project while the app edits and compacts it never goes back in time', async () => {
  const dir = await tempDir();
  // Compaction every three edits: the snapshot and the journal change hands all the time.
  const { store } = await ProjectStore.create(dir, projectMeta(), {
    compactAfterEntries: 3,
    compactIdleMs: 5,
    backupEveryMs: 1e9,
    historyLimit: 50,
  });
  let editing = true;
  let acknowledged = 0;
  const edits = (async () => {
    for (let i = 0; i < 300; i++) {
      const made = await store.commit(
        { action: 'cases.add' },
        addEntity('cases', {
          name: `Fall ${i}`,
          type: 'municipality',
          attributes: [],
          indicators: [],
        }),
      );
      acknowledged = made.seq;
    }
    editing = false;
  })();
  let reads = 0;
  let last = 0;
  while (editing) {
    const floor = acknowledged;
    const read = await inspectProject(dir);
    reads++;
    assert.ok(read.seq >= floor, `read ${reads}: seq ${read.seq} after ${floor} was acknowledged`);
    assert.ok(read.seq >= last, `read ${reads} went back from ${last} to ${read.seq}`);
    assert.equal(read.data.cases.length, read.seq, 'the data is that of its seq');
    assert.deepEqual(read.problems, []);
    last = read.seq;
  }
  await edits;
  await store.close();
  console.log(`consistent reads: ${reads} reads during 300 edits, none went back`);
});
