import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { legacyCoderId, upgradeEntry } from '../../../main/services/store/coder-upgrade';
import { ProjectStore, SNAPSHOT_FILE } from '../../../main/services/store/project-store';
import { JOURNAL_FILE } from '../../../main/services/store/journal';
import { parseSnapshot } from '../../../main/services/store/snapshot-file';
import { findDanglingReferences } from '../../../shared/model/references';
import { ProjectState } from '../../../shared/model/project-state';
import { coderName } from '../../../shared/model/users';
import { quietStoreOptions } from '../../helpers/store-fixtures';
import { V1, v1Files, writeV1Project } from '../../helpers/v1-project';

/** The coders' names of a project's codings, by coding id. */
function codersOf(store: ProjectStore): Record<string, string> {
  const data = store.data();
  return Object.fromEntries(data.codings.map((c) => [c.id, coderName(data.users, c.coderId)]));
}

/** Checks everything a user of the v1 project must still find, and its undo/redo history. */
async function assertUpgraded(dir: string): Promise<void> {
  const { store } = await ProjectStore.open(dir, quietStoreOptions);
  try {
    const data = store.data();
    assert.deepEqual(data.users.map((u) => u.name).sort(), ['Ada', 'Bo', 'Eva', 'Gustav']);
    assert.deepEqual(codersOf(store), { [V1.ada]: 'Ada', [V1.bo]: 'Bo' });
    assert.equal(data.project.evaluator, 'Eva Berg');
    assert.deepEqual(findDanglingReferences(new ProjectState(data)), []);
    // Undo walks back through the journal's edits and into the snapshot's v1 history.
    await store.undo();
    assert.equal(store.data().project.evaluator, 'Eva');
    await store.undo();
    assert.deepEqual(codersOf(store), { [V1.ada]: 'Ada' });
    await store.undo();
    assert.deepEqual(codersOf(store), { [V1.ada]: 'Ada', [V1.gustav]: 'Gustav' });
    await store.undo();
    assert.deepEqual(codersOf(store), { [V1.gustav]: 'Gustav' });
    assert.deepEqual(findDanglingReferences(new ProjectState(store.data())), []);
    for (let i = 0; i < 4; i++) await store.redo();
    assert.deepEqual(codersOf(store), { [V1.ada]: 'Ada', [V1.bo]: 'Bo' });
    assert.equal(store.data().project.evaluator, 'Eva Berg');
  } finally {
    await store.close();
  }
}

test('a version-1 project opens upgraded: coder names become users, nothing lost, undo and redo reach back', async () => {
  const dir = await writeV1Project();
  const { store, notices } = await ProjectStore.open(dir, quietStoreOptions);
  assert.ok(notices.some((n) => n.key === 'notice.migrated'));
  await store.close();
  const written = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8')) as {
    schemaVersion: number;
  };
  assert.equal(written.schemaVersion, 2);
  // The v1 files are kept aside as they were.
  const before = v1Files();
  assert.equal(await readFile(join(dir, 'project.v1.json'), 'utf8'), before.snapshot);
  assert.equal(await readFile(join(dir, 'journal.v1.jsonl'), 'utf8'), before.journal);
  await assertUpgraded(dir);
  // Opened again, nothing is migrated a second time.
  const again = await ProjectStore.open(dir, quietStoreOptions);
  assert.ok(!again.notices.some((n) => n.key === 'notice.migrated'));
  await again.store.close();
});

test('migrating twice changes nothing: a v2 snapshot and v2 ops come through as they are', async () => {
  const dir = await writeV1Project();
  await (await ProjectStore.open(dir, quietStoreOptions)).store.close();
  const text = await readFile(join(dir, SNAPSHOT_FILE), 'utf8');
  const { file, fromVersion } = parseSnapshot(text);
  assert.equal(fromVersion, 2);
  assert.deepEqual(file, JSON.parse(text));
  for (const entry of [...file.history.undo, ...file.history.redo]) {
    assert.deepEqual(upgradeEntry(entry), entry);
  }
  // A name's user id is the same wherever it is computed: one coder, however often upgraded.
  assert.equal(legacyCoderId('Ada'), legacyCoderId(' Ada'));
  assert.notEqual(legacyCoderId('Ada'), legacyCoderId('Bo'));
});

function openKilledAt(dir: string, point: string) {
  return new Promise<{ signal: NodeJS.Signals | null; stdout: string }>((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'tests/reliability/upgrade-child.ts', dir, point],
      (error, stdout) => done({ signal: error?.signal ?? null, stdout }),
    );
  });
}

for (const point of ['upgrade.afterAside', 'upgrade.afterSnapshot'] as const) {
  test(`a crash in the middle of the upgrade (${point}) leaves a project that opens with nothing lost`, async () => {
    const dir = await writeV1Project();
    const run = await openKilledAt(dir, point);
    assert.equal(run.signal, 'SIGKILL', run.stdout);
    const snapshot = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8')) as {
      schemaVersion: number;
    };
    // Killed before the new snapshot: still v1. After it: v2, with the v1 journal after it.
    assert.equal(snapshot.schemaVersion, point === 'upgrade.afterAside' ? 1 : 2);
    assert.equal(await readFile(join(dir, JOURNAL_FILE), 'utf8'), v1Files().journal);
    await assertUpgraded(dir);
  });
}
