import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * scripts/start.mjs in a throwaway copy of the repository layout, with stubs for build.mjs,
 * web.mjs, Electron's package and its installer: what runs, with which arguments, and which exit
 * code comes back.
 */

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const posix = process.platform !== 'win32';
const rootSwitches =
  process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];

const electronIndex = `const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'path.txt');
if (!fs.existsSync(file)) throw new Error('Electron failed to install correctly');
module.exports = path.join(__dirname, 'dist', fs.readFileSync(file, 'utf8'));
`;

const electronInstaller = `const fs = require('fs');
const path = require('path');
fs.writeFileSync(path.join(__dirname, 'installer-ran'), '');
if (process.env.FAKE_INSTALL !== 'ok') {
  console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest.<anonymous>');
  process.exit(1);
}
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
const binary = path.join(__dirname, 'dist', 'electron');
fs.writeFileSync(binary, fs.readFileSync(path.join(__dirname, 'stub-electron.sh')));
fs.chmodSync(binary, 0o755);
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`;

const stubElectron = `#!/bin/sh
printf '%s\\n' "$@" > "$FAKE_OUT"
echo "cwd=$(pwd)" >> "$FAKE_OUT"
if [ -n "$ELECTRON_RUN_AS_NODE" ]; then echo leaked >> "$FAKE_OUT"; fi
exit 3
`;

const stubWeb = `import { writeFileSync } from 'node:fs';
const lines = ['web', ...process.argv.slice(2), \`cwd=\${process.cwd()}\`];
writeFileSync(process.env.FAKE_OUT, lines.join('\\n') + '\\n');
process.exit(7);
`;

const stubBuild = `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('dist/main', { recursive: true });
mkdirSync('dist/renderer', { recursive: true });
writeFileSync('dist/main/electron-app.cjs', '');
writeFileSync('dist/renderer/index.html', '');
`;

async function layout(options: { built: boolean; binary: boolean }): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'fynd-start-'));
  await mkdir(join(root, 'scripts'));
  await mkdir(join(root, 'home'));
  await copyFile(join(repoRoot, 'scripts', 'start.mjs'), join(root, 'scripts', 'start.mjs'));
  await writeFile(join(root, 'scripts', 'web.mjs'), stubWeb);
  await writeFile(join(root, 'scripts', 'build.mjs'), stubBuild);
  await writeFile(join(root, 'package.json'), '{ "type": "module" }\n');
  const electron = join(root, 'node_modules', 'electron');
  await mkdir(electron, { recursive: true });
  await writeFile(join(electron, 'package.json'), '{ "name": "electron", "main": "index.js" }\n');
  await writeFile(join(electron, 'index.js'), electronIndex);
  await writeFile(join(electron, 'install.js'), electronInstaller);
  await writeFile(join(electron, 'stub-electron.sh'), stubElectron);
  if (options.binary) {
    await mkdir(join(electron, 'dist'));
    await writeFile(join(electron, 'dist', 'electron'), stubElectron);
    await chmod(join(electron, 'dist', 'electron'), 0o755);
    await writeFile(join(electron, 'path.txt'), 'electron');
  }
  if (options.built) {
    await mkdir(join(root, 'dist', 'main'), { recursive: true });
    await mkdir(join(root, 'dist', 'renderer'), { recursive: true });
    await writeFile(join(root, 'dist', 'main', 'electron-app.cjs'), '');
    await writeFile(join(root, 'dist', 'renderer', 'index.html'), '');
  }
  return root;
}

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

test(
  'with a binary: Electron runs the app folder with the arguments; its exit code comes back',
  { skip: !posix },
  async () => {
    const root = await layout({ built: true, binary: true });
    try {
      const run = start(root, ['--demo', 'Mitt projekt.fynd'], {});
      assert.equal(run.status, 3, run.stderr);
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
  { skip: !posix },
  async () => {
    const root = await layout({ built: false, binary: false });
    try {
      const run = start(root, ['--demo'], {});
      assert.equal(run.status, 7, run.stderr);
      assert.ok(existsSync(join(root, 'dist', 'main', 'electron-app.cjs')), 'built first');
      assert.ok(
        existsSync(join(root, 'node_modules', 'electron', 'installer-ran')),
        'installer tried',
      );
      assert.match(run.stdout, /ENOTFOUND github\.com/);
      assert.doesNotMatch(run.stdout + run.stderr, /at ClientRequest/, 'no stack trace');
      assert.match(run.stdout, /could not be downloaded/);
      assert.match(run.stdout, /npm run web/);
      assert.deepEqual(await lines(run.out), ['web', '--demo', `cwd=${root}`]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
);

test(
  'ELECTRON_SKIP_BINARY_DOWNLOAD: no download attempt, straight to the browser fallback',
  { skip: !posix },
  async () => {
    const root = await layout({ built: true, binary: false });
    try {
      const run = start(root, ['--no-sandbox', 'Utvärdering.fynd'], {
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      });
      assert.equal(run.status, 7, run.stderr);
      assert.equal(existsSync(join(root, 'node_modules', 'electron', 'installer-ran')), false);
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

test('online: the installer fetches the binary and Electron starts', { skip: !posix }, async () => {
  const root = await layout({ built: true, binary: false });
  try {
    const run = start(root, ['x.fynd'], { FAKE_INSTALL: 'ok' });
    assert.equal(run.status, 3, run.stderr);
    assert.deepEqual((await lines(run.out)).slice(-2, -1), ['x.fynd']);
    assert.doesNotMatch(run.stdout, /browser fallback/);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
