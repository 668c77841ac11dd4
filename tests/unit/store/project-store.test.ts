import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { ProjectStore, SNAPSHOT_FILE } from '../../../main/services/store/project-store';
import { JOURNAL_FILE } from '../../../main/services/store/journal';
import { LOCK_FILE } from '../../../main/services/store/project-lock';
import { BACKUPS_KEPT, backupSnapshot, listBackups } from '../../../main/services/store/backups';
import { migrate } from '../../../main/services/store/migrations';
import { addEntity } from '../../../main/services/actions/entity-actions';
import { newId } from '../../../shared/model/primitives';
import { FyndError } from '../../../shared/errors';
import type { ProjectMeta } from '../../../shared/model/entities';
import { tempDir } from '../../helpers/temp-dir';

const meta = (): ProjectMeta => ({
  id: newId(),
  name: 'Testprojekt',
  description: '',
  language: 'sv',
  evaluator: 'Utvärderare',
  created: new Date().toISOString(),
});

const addCase = (store: ProjectStore, name: string) =>
  store.commit(
    { action: 'cases.add', subject: name },
    addEntity('cases', { name, type: 'municipality', attributes: [], indicators: [] }),
  );

async function expectFyndError(promise: Promise<unknown>, code: string): Promise<FyndError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FyndError, `expected FyndError, got ${String(error)}`);
    assert.equal(error.code, code);
    return error;
  }
  assert.fail(`expected ${code}`);
}

test('an acknowledged edit is in the journal before the snapshot is rewritten, and survives a crash', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, meta(), {
    compactAfterEntries: 1000,
    compactIdleMs: 60_000,
    backupEveryMs: 1e9,
    historyLimit: 50,
  });
  await addCase(store, 'Härnösand');
  await addCase(store, 'Kramfors');
  const journal = (await readFile(join(dir, JOURNAL_FILE), 'utf8')).trim().split('\n');
  assert.equal(journal.length, 2);
  const snapshot = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8'));
  assert.equal(snapshot.data.cases.length, 0, 'the snapshot is compacted later, not per edit');
  // No close(): as if the process were killed. The same pid reopens (its lock is taken over).
  const { store: reopened } = await ProjectStore.open(dir);
  assert.deepEqual(
    reopened.state.list('cases').map((c) => c.name),
    ['Härnösand', 'Kramfors'],
  );
  await reopened.close();
});

test('undo and redo survive a restart', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, meta());
  await addCase(store, 'Timrå');
  await addCase(store, 'Ånge');
  await store.undo();
  assert.deepEqual(
    store.state.list('cases').map((c) => c.name),
    ['Timrå'],
  );
  await store.close();
  const { store: again } = await ProjectStore.open(dir);
  assert.equal(again.historyStatus().redo?.subject, 'Ånge');
  await again.redo();
  assert.deepEqual(
    again.state.list('cases').map((c) => c.name),
    ['Timrå', 'Ånge'],
  );
  await again.undo();
  await again.undo();
  assert.equal(again.state.list('cases').length, 0);
  await expectFyndError(again.undo(), 'nothingToUndo');
  await again.close();
});

test('a torn last journal line was never acknowledged: it is dropped and the rest replays', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, meta(), {
    compactAfterEntries: 1000,
    compactIdleMs: 60_000,
    backupEveryMs: 1e9,
    historyLimit: 50,
  });
  await addCase(store, 'Sollefteå');
  await appendFile(join(dir, JOURNAL_FILE), '{"seq":2,"at":"2026-');
  const { store: reopened, notices } = await ProjectStore.open(dir);
  assert.deepEqual(
    reopened.state.list('cases').map((c) => c.name),
    ['Sollefteå'],
  );
  assert.ok(notices.some((n) => n.key === 'notice.droppedTail'));
  await addCase(reopened, 'Sundsvall');
  await reopened.close();
  const { store: third } = await ProjectStore.open(dir);
  assert.equal(third.state.list('cases').length, 2);
  assert.ok(
    (await readdir(dir)).some((n) => n.startsWith(`${JOURNAL_FILE}.damaged-`)),
    'damaged bytes kept',
  );
  await third.close();
});

test('a project.json that does not parse is refused with the good backups to choose from', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, meta());
  await addCase(store, 'Örnsköldsvik');
  await store.close();
  const { store: opened } = await ProjectStore.open(dir); // makes a backup
  await opened.close();
  await writeFile(join(dir, SNAPSHOT_FILE), '{"format":"fynd-project","schemaVersion":1,"seq":');
  const error = await expectFyndError(ProjectStore.open(dir), 'projectCorrupt');
  assert.ok(error.choices && error.choices.length > 0);
  assert.equal(
    await readFile(join(dir, SNAPSHOT_FILE), 'utf8'),
    '{"format":"fynd-project","schemaVersion":1,"seq":',
    'left untouched until the user chooses',
  );
  const { store: restored, notices } = await ProjectStore.restoreBackup(
    dir,
    error.choices?.[0] ?? '',
  );
  assert.deepEqual(
    restored.state.list('cases').map((c) => c.name),
    ['Örnsköldsvik'],
  );
  assert.ok(notices.some((n) => n.key === 'notice.restoredBackup'));
  assert.ok(
    (await readdir(dir)).some((n) => n.startsWith(`${SNAPSHOT_FILE}.corrupt-`)),
    'damaged file kept aside',
  );
  await restored.close();
});

test('a file from a newer Fynd is refused and left as it was', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, meta());
  await store.close();
  const original = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8'));
  const newer = JSON.stringify({ ...original, schemaVersion: 99 });
  await writeFile(join(dir, SNAPSHOT_FILE), newer);
  const error = await expectFyndError(ProjectStore.open(dir), 'projectTooNew');
  assert.equal(error.params.version, 99);
  assert.equal(await readFile(join(dir, SNAPSHOT_FILE), 'utf8'), newer);
  assert.ok(!(await readdir(dir)).includes(LOCK_FILE), 'the lock is released after a refusal');
});

test("a folder holding someone else's project.json is neither opened nor overwritten", async () => {
  const dir = await tempDir();
  await writeFile(join(dir, SNAPSHOT_FILE), '{"name":"another app"}');
  await expectFyndError(ProjectStore.open(dir), 'notAProject');
  await expectFyndError(ProjectStore.create(dir, meta()), 'folderNotEmpty');
  assert.equal(await readFile(join(dir, SNAPSHOT_FILE), 'utf8'), '{"name":"another app"}');
});

test('a second instance gets a clear message; a stale lock from a dead process is taken over', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, meta());
  await store.close();
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  try {
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({
        pid: child.pid,
        host: (await import('node:os')).hostname(),
        since: new Date().toISOString(),
      }),
    );
    const error = await expectFyndError(ProjectStore.open(dir), 'projectLocked');
    assert.equal(error.params.pid, child.pid);
  } finally {
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  const { store: reopened } = await ProjectStore.open(dir);
  await reopened.close();
});

test('numbered migrations run in order and stamp the new version', () => {
  const steps = {
    1: (f: Record<string, unknown>) => ({ ...f, a: 1 }),
    2: (f: Record<string, unknown>) => ({ ...f, b: (f.a as number) + 1 }),
  };
  const migrated = migrate({ schemaVersion: 1 }, 1, steps, 3);
  assert.deepEqual(migrated, { schemaVersion: 3, a: 1, b: 2 });
  assert.throws(
    () => migrate({}, 4, steps, 3),
    (e: unknown) => e instanceof FyndError && e.code === 'projectTooNew',
  );
});

test('backups rotate and stay bounded', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, meta());
  await store.close();
  for (let i = 0; i < BACKUPS_KEPT + 5; i++) await backupSnapshot(dir, join(dir, SNAPSHOT_FILE), i);
  const backups = await listBackups(dir);
  assert.equal(backups.length, BACKUPS_KEPT);
});

test('compaction writes the snapshot and empties the journal of what it holds', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, meta(), {
    compactAfterEntries: 3,
    compactIdleMs: 60_000,
    backupEveryMs: 1e9,
    historyLimit: 50,
  });
  for (const name of ['A', 'B', 'C', 'D']) await addCase(store, name);
  await store.compact();
  const snapshot = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), 'utf8'));
  assert.equal(snapshot.data.cases.length, 4);
  assert.equal(snapshot.seq, 4);
  assert.equal((await readFile(join(dir, JOURNAL_FILE), 'utf8')).trim(), '');
  await store.close();
});

test('edits made while a large snapshot is being written are all kept', async () => {
  const dir = await tempDir();
  const options = {
    compactAfterEntries: 1e9,
    compactIdleMs: 60_000,
    backupEveryMs: 1e9,
    historyLimit: 50,
  };
  const { store } = await ProjectStore.create(dir, meta(), options);
  await store.commit({ action: 'cases.add', subject: 'many' }, (state) => ({
    ops: Array.from(
      { length: 3000 },
      (_, i) =>
        addEntity('cases', {
          name: `Fall ${i}`,
          type: 'municipality',
          attributes: [],
          indicators: [],
        })(state).ops,
    ).flat(),
  }));
  const compaction = store.compact();
  const late = ['Sent 1', 'Sent 2', 'Sent 3', 'Sent 4', 'Sent 5'];
  await Promise.all([compaction, ...late.map((name) => addCase(store, name))]);
  await store.close();
  const { store: reopened } = await ProjectStore.open(dir, options);
  const names = new Set(reopened.state.list('cases').map((c) => c.name));
  assert.equal(names.size, 3005);
  for (const name of late) assert.ok(names.has(name), `${name} was lost`);
  await reopened.close();
});
