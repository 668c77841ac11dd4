import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { builtCliExists } from '../../helpers/cli-process';
import { tempDir } from '../../helpers/temp-dir';

/**
 * `npm run web` as a user starts it, with a stand-in for the browser that records the command
 * line it was given (what any local user can read with ps) and then stays open.
 */
async function startWeb(root: string) {
  const bin = join(root, 'bin');
  const seen = join(root, 'browser-argv.txt');
  await spawnSync('mkdir', ['-p', bin]);
  await writeFile(join(bin, 'chromium'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${seen}'\n`);
  await chmod(join(bin, 'chromium'), 0o755);
  const web = spawn(process.execPath, [resolve('scripts/web.mjs')], {
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      DISPLAY: ':99',
      FYND_USER_DATA: join(root, 'user-data'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = createInterface({ input: web.stdout });
  const said: string[] = [];
  for await (const line of lines) {
    said.push(line);
    if (said.length === 2) break;
  }
  // The stand-in browser has run once its command line is on disk.
  for (let i = 0; i < 200; i++) {
    const text = await readFile(seen, 'utf8').catch(() => '');
    if (text) return { web, argv: text.trim().split('\n'), said };
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error('the browser was never started');
}

test('npm run web never puts a secret on a command line; the launch page is private and works once', async (t) => {
  if (!builtCliExists()) {
    t.skip('needs the built app (npm run build)');
    return;
  }
  const root = await tempDir();
  const { web, argv, said } = await startWeb(root);
  try {
    const page = argv.find((a) => a.includes('file://'))?.replace(/^--app=/, '') ?? '';
    assert.ok(page.startsWith('file:///'), `the browser opens a local page: ${argv.join(' ')}`);
    const path = new URL(page).pathname;
    const html = await readFile(path, 'utf8');
    const launch = /url=([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const code = new URL(launch).searchParams.get('code') ?? '';
    assert.ok(code.length >= 20);
    for (const text of [...argv, ...said])
      assert.ok(!text.includes(code), `"${text}" holds the code`);
    assert.equal((await stat(path)).mode & 0o777, 0o600, 'only this user reads the page');
    assert.equal((await stat(dirname(path))).mode & 0o777, 0o700);
    if (process.getuid?.() === 0) {
      const other = spawnSync('runuser', ['-u', 'nobody', '--', 'cat', path]);
      assert.notEqual(other.status, 0, 'another local user cannot read the page');
    }
    // Without the cookie the launch trades for, the API refuses; the code works once.
    const api = new URL('/api/call', launch);
    const call = (cookie?: string) =>
      fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ name: 'app.info', payload: {} }),
      });
    assert.equal((await call()).status, 403);
    const first = await fetch(launch, { redirect: 'manual' });
    assert.equal(first.status, 303);
    const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    assert.equal((await call(cookie)).status, 200);
    assert.equal((await fetch(launch, { redirect: 'manual' })).status, 403, 'the code is spent');
    assert.equal(await readFile(path, 'utf8').catch(() => null), null, 'and its page removed');
  } finally {
    web.kill('SIGTERM');
    await new Promise((done) => web.once('exit', done));
  }
});
