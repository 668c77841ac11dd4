import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testSession } from '../../helpers/session';

test('a project on a read-only disk is refused with a clear message and left exactly as it was', async (t) => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    t.skip('needs root on Linux to remount a RAM disk read-only');
    return;
  }
  const mountPoint = await mkdtemp(join(tmpdir(), 'fynd-ro-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mountPoint], {
      stdio: 'ignore',
    });
  } catch {
    await rm(mountPoint, { recursive: true, force: true });
    t.skip('this machine cannot mount a RAM disk');
    return;
  }
  try {
    const s = await testSession({ compactIdleMs: 60_000 });
    const dir = join(mountPoint, 'Projekt.fynd');
    await s.call('project.create', { dir, name: 'Skrivskyddat', language: 'sv' });
    const kept = await s.call('cases.add', { name: 'Timrå' });
    await s.session.close();
    const snapshot = readFileSync(join(dir, 'project.json'), 'utf8');
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    const refused = await s.raw('project.open', { dir });
    assert.equal(refused.ok, false);
    if (!refused.ok) assert.equal(refused.error.code, 'readOnly');
    assert.equal(readFileSync(join(dir, 'project.json'), 'utf8'), snapshot);
    execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    const reopened = await s.call('project.open', { dir });
    assert.deepEqual(
      reopened.data.cases.map((c) => c.id),
      [kept.id],
    );
    await s.session.close();
  } finally {
    execFileSync('umount', [mountPoint]);
    await rm(mountPoint, { recursive: true, force: true });
  }
});
