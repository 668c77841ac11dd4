import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testSession } from '../../helpers/session';

/** A 1 MB RAM disk (needs root on Linux); null where it cannot be made. */
async function tinyDisk(): Promise<{ dir: string; remove: () => Promise<void> } | null> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = await mkdtemp(join(tmpdir(), 'fynd-tiny-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    await rm(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    remove: async () => {
      execFileSync('umount', [dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

test('a full disk gives a clear message, keeps memory and disk in step, and loses nothing acknowledged', async (t) => {
  const disk = await tinyDisk();
  if (!disk) {
    t.skip('needs root on Linux to mount a small RAM disk');
    return;
  }
  try {
    const s = await testSession({ compactIdleMs: 60_000, compactAfterEntries: 100_000 });
    const dir = join(disk.dir, 'Full.fynd');
    await s.call('project.create', { dir, name: 'Full', language: 'sv' });
    const filler = join(disk.dir, 'filler.bin');
    const acknowledged: string[] = [];
    let failure: Awaited<ReturnType<typeof s.raw>> | null = null;
    await writeFile(filler, Buffer.alloc(900 * 1024));
    for (let i = 0; i < 5000 && !failure; i++) {
      const before = JSON.stringify(s.session.store().data());
      const reply = await s.raw('cases.add', { name: `Kommun ${i} ${'x'.repeat(200)}` });
      if (reply.ok) acknowledged.push((reply.value as { id: string }).id);
      else {
        failure = reply;
        assert.equal(
          JSON.stringify(s.session.store().data()),
          before,
          'a failed edit changes nothing in memory',
        );
      }
    }
    assert.ok(failure && !failure.ok, 'the disk filled up');
    if (failure && !failure.ok) {
      assert.equal(failure.error.code, 'writeFailed');
      assert.equal(failure.error.params.reason, 'diskFull');
    }
    assert.ok(acknowledged.length > 0);
    // Space comes back: editing goes on, and a reopen holds every acknowledged edit.
    await rm(filler);
    const after = await s.raw('cases.add', { name: 'Efter' });
    assert.equal(after.ok, true);
    if (after.ok) acknowledged.push((after.value as { id: string }).id);
    await s.session.close();
    const reopened = await s.call('project.open', { dir });
    const ids = new Set(reopened.data.cases.map((c) => c.id));
    assert.deepEqual(
      acknowledged.filter((id) => !ids.has(id)),
      [],
    );
    assert.equal(reopened.data.cases.length, acknowledged.length);
    await s.session.close();
  } finally {
    await disk.remove();
  }
});
