import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addEntity } from '../../../main/services/actions/entity-actions';
import type { FaultPoint } from '../../../main/services/store/fault-points';
import { ProjectStore, SNAPSHOT_FILE } from '../../../main/services/store/project-store';
import { FyndError } from '../../../shared/errors';
import { newId } from '../../../shared/model/primitives';
import { tempDir } from '../../helpers/temp-dir';

const DAMAGED = '{"format":"fynd-project","schemaVersion":1,"seq":';

/** A project with one case and a backup of it, whose project.json is then damaged. */
async function damagedProject(): Promise<{ dir: string; backup: string }> {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, {
    id: newId(),
    name: 'Återställning',
    description: '',
    language: 'sv',
    evaluator: '',
    created: new Date().toISOString(),
  });
  await store.commit(
    { action: 'cases.add' },
    addEntity('cases', { name: 'Kramfors', type: 'municipality', attributes: [], indicators: [] }),
  );
  await store.close();
  await (await ProjectStore.open(dir)).store.close(); // makes a backup
  await writeFile(join(dir, SNAPSHOT_FILE), DAMAGED);
  const error = await ProjectStore.open(dir).catch((e: unknown) => e);
  assert.ok(error instanceof FyndError && error.code === 'projectCorrupt');
  const backup = error.choices?.[0];
  assert.ok(backup);
  return { dir, backup };
}

function restoreKilledAt(dir: string, backup: string, point: FaultPoint) {
  return new Promise<{ signal: NodeJS.Signals | null; stdout: string }>((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'tests/reliability/restore-child.ts', dir, backup, point],
      (error, stdout) => done({ signal: error?.signal ?? null, stdout }),
    );
  });
}

for (const point of ['restore.afterAside', 'restore.afterWrite'] as const) {
  test(`a crash during Restore Backup (${point}) leaves a project.json, and the restore can be done again`, async () => {
    const { dir, backup } = await damagedProject();
    const run = await restoreKilledAt(dir, backup, point);
    assert.equal(run.signal, 'SIGKILL', run.stdout);
    const snapshot = await readFile(join(dir, SNAPSHOT_FILE), 'utf8');
    if (point === 'restore.afterAside') {
      assert.equal(snapshot, DAMAGED, 'the damaged file stays until the backup replaces it whole');
    } else {
      assert.notEqual(snapshot, DAMAGED);
    }
    const aside = (await readdir(dir)).filter((n) => n.startsWith(`${SNAPSHOT_FILE}.corrupt-`));
    assert.equal(aside.length, 1, 'the damaged bytes are kept beside it');
    assert.equal(await readFile(join(dir, aside[0] ?? ''), 'utf8'), DAMAGED);
    const { store } =
      point === 'restore.afterAside'
        ? await ProjectStore.restoreBackup(dir, backup)
        : await ProjectStore.open(dir);
    assert.deepEqual(
      store.state.list('cases').map((c) => c.name),
      ['Kramfors'],
    );
    await store.close();
  });
}
