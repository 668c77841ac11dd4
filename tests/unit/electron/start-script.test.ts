import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLayout } from '../../helpers/start-layout';

/*
 * scripts/start.mjs in a throwaway copy of the repository layout, with stubs for build.mjs,
 * web.mjs, Electron's package and its installer (tests/helpers/start-layout.ts): what runs, with
 * which arguments, what it says, and which exit code comes back.
 */

const posix = process.platform !== 'win32';
const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
const rootSwitches = asRoot ? ['--no-sandbox'] : [];
const rootNote = asRoot
  ? ['Running as root: starting Electron with --no-sandbox, as Chromium requires.']
  : [];

function start(root: string, args: string[], env: Record<string, string>) {
  const out = join(root, 'out.txt');
  const base = { ...process.env };
  delete base.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs'), ...args], {
    cwd: tmpdir(),
    // INIT_CWD: where the user typed `npm start` (npm itself runs scripts in the package folder).
    env: {
      ...base,
      ELECTRON_RUN_AS_NODE: '1',
      FAKE_OUT: out,
      INIT_CWD: join(root, 'home'),
      ...env,
    },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { ...result, out };
}

async function lines(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8')).trimEnd().split('\n');
}

const said = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean);
const fallback =
  "Starting Fynd's browser version instead (npm run web): the same app, on this computer only.";

test(
  'with a binary: Electron runs the app folder with the arguments; its exit code comes back',
  { skip: posix ? false : 'needs a POSIX shell (the start script is a shell script)' },
  async () => {
    const root = await startLayout({ built: true, binary: true });
    try {
      const run = start(root, ['--demo', 'Mitt projekt.fynd'], {});
      assert.equal(run.status, 3, run.stderr);
      assert.deepEqual(said(run.stdout), rootNote, 'nothing to say but the sandbox');
      // Relative paths are resolved by the app against its working folder: the user's.
      assert.deepEqual(await lines(run.out), [
        root,
        ...rootSwitches,
        '--demo',
        'Mitt projekt.fynd',
        `cwd=${join(root, 'home')}`,
      ]);
      assert.equal(existsSync(join(root, 'node_modules', 'electron', 'installer-ran')), false);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
);

test(
  'offline: builds dist if missing, tries the installer once, then opens the browser fallback',
  { skip: posix ? false : 'needs a POSIX shell (the start script is a shell script)' },
  async () => {
    const root = await startLayout({ built: false, binary: false });
    try {
      const run = start(root, ['--demo'], {});
      assert.equal(run.status, 7, run.stderr);
      assert.ok(existsSync(join(root, 'dist', 'main', 'electron-app.cjs')), 'built first');
      assert.ok(
        existsSync(join(root, 'node_modules', 'electron', 'installer-ran')),
        'installer tried',
      );
      // No "(once)": offline, it is tried again at every start. No stack trace.
      assert.deepEqual(said(run.stdout), [
        'Fynd is not built yet: building it first (npm run build).',
        'Electron is not installed yet: downloading it from GitHub…',
        'Electron could not be downloaded (RequestError: getaddrinfo ENOTFOUND github.com).',
        fallback,
      ]);
      assert.equal(run.stderr, '');
      assert.deepEqual(await lines(run.out), ['web', '--demo', `cwd=${root}`]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
);

test(
  'ELECTRON_SKIP_BINARY_DOWNLOAD: no download attempt, straight to the browser fallback',
  { skip: posix ? false : 'needs a POSIX shell (the start script is a shell script)' },
  async () => {
    const root = await startLayout({ built: true, binary: false });
    try {
      const run = start(root, ['--no-sandbox', 'Utvärdering.fynd'], {
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      });
      assert.equal(run.status, 7, run.stderr);
      assert.equal(existsSync(join(root, 'node_modules', 'electron', 'installer-ran')), false);
      // Nothing was downloaded, so nothing "could not be downloaded".
      assert.deepEqual(said(run.stdout), [
        'Electron is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set: not downloading it.',
        fallback,
      ]);
      // The fallback takes a project as --project with an absolute path, and no Chromium switches.
      assert.deepEqual(await lines(run.out), [
        'web',
        '--project',
        join(root, 'home', 'Utvärdering.fynd'),
        `cwd=${root}`,
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
);

test(
  'online: the installer fetches the binary and Electron starts',
  { skip: posix ? false : 'needs a POSIX shell (the start script is a shell script)' },
  async () => {
    const root = await startLayout({ built: true, binary: false });
    try {
      const run = start(root, ['x.fynd'], { FAKE_INSTALL: 'ok' });
      assert.equal(run.status, 3, run.stderr);
      assert.deepEqual((await lines(run.out)).slice(-2, -1), ['x.fynd']);
      assert.deepEqual(said(run.stdout), [
        'Electron is not installed yet: downloading it from GitHub…',
        ...rootNote,
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
);
