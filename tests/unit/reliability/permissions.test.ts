import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../../main/cli/cli-main';
import { SOURCES_FOLDER } from '../../../main/services/store/source-texts';

/** Opens the folder as the unprivileged user `nobody` (root alone ignores permissions). */
async function openAsNobody(dir: string): Promise<{ notices?: { key: string }[]; error?: string }> {
  const { stdout } = await promisify(execFile)('runuser', [
    '-u',
    'nobody',
    '--',
    process.execPath,
    '--import',
    'tsx',
    'tests/reliability/open-child.ts',
    dir,
  ]);
  return JSON.parse(stdout) as { notices?: { key: string }[]; error?: string };
}

const quiet = { write: () => true };

test('a folder Fynd may not read is said to be unreadable, not "no project"; an unreadable sources/ is not "missing"', async (t) => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    t.skip('needs root on Linux to act as another user');
    return;
  }
  const root = await mkdtemp(join(tmpdir(), 'fynd-perm-'));
  try {
    await chmod(root, 0o755);
    const dir = join(root, 'Demo.fynd');
    assert.equal(await runCli(['demo', dir], quiet, quiet), 0);
    await chmod(dir, 0o777);
    await chmod(join(dir, 'project.json'), 0o666);

    await chmod(join(dir, SOURCES_FOLDER), 0o000);
    const opened = await openAsNobody(dir);
    assert.equal(opened.error, undefined, JSON.stringify(opened));
    const keys = (opened.notices ?? []).map((n) => n.key);
    assert.ok(keys.includes('notice.sourceTextsUnreadable'), keys.join());
    assert.ok(!keys.includes('notice.sourceTextsMissing'), keys.join());

    await chmod(join(dir, SOURCES_FOLDER), 0o755);
    await chmod(dir, 0o000);
    assert.deepEqual(await openAsNobody(dir), { error: 'folderNotReadable' });
  } finally {
    await chmod(join(root, 'Demo.fynd'), 0o755).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  }
});
