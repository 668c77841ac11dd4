import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import type * as ConfigModuleTypes from 'app-builder-lib/out/util/config/config';

/*
 * electron-builder.yml, checked two ways:
 * (a) with app-builder-lib's own schema validator, the one `electron-builder` runs first;
 * (b) by running the real packaging pipeline (`--linux dir`) on the real build, against a stub
 *     Electron (electronDist) so nothing is downloaded, then reading the app.asar it produced.
 * Run: node --import tsx --test tests/packaging/packaging.test.ts (builds dist/ if missing).
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
type ConfigModule = typeof ConfigModuleTypes;
const { getConfig, validateConfiguration } =
  require('app-builder-lib/out/util/config/config') as ConfigModule;
type Configuration = Awaited<ReturnType<ConfigModule['getConfig']>>;

/** The logger validateConfiguration reports schema details to; we only need its verdict. */
const quietLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<
  ConfigModule['validateConfiguration']
>[1];

/** @electron/fuses finds the fuse wire after this marker in the Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's shipped wire: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
 * AsarIntegrity, OnlyLoadAppFromAsar, BrowserV8Snapshot, GrantFileProtocolExtraPrivileges. */
const DEFAULT_FUSES = '10110001';

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, null, null);
}

test('electron-builder.yml passes electron-builder’s own validation', async () => {
  const config = await loadConfig();
  await validateConfiguration(config, quietLogger);
  assert.equal(config.appId, 'se.fynd.app');
  assert.equal(config.productName, 'Fynd');
  assert.equal(config.asar, true);
  assert.equal(config.publish, null, 'no update provider');
  assert.equal(config.directories?.output, 'release');
  // The validator normalises `files` to [{ filter: [...] }].
  const patterns = [config.files]
    .flat()
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry?.filter ?? []].flat()));
  assert.deepEqual(patterns, [
    'dist/main/**',
    'dist/renderer/**',
    'package.json',
    '!**/*.map',
    '!dist/main/*.mjs',
  ]);
  const association = [config.fileAssociations].flat()[0];
  assert.equal(association?.ext, 'fynd');
  assert.equal(association?.role, 'Editor');
  assert.equal(config.linux?.category, 'Office');
  assert.deepEqual(config.linux?.target, ['AppImage', 'deb']);
  assert.equal(config.win?.target, 'nsis');
  assert.equal(config.mac?.target, 'dmg');
  assert.equal(config.mac?.category, 'public.app-category.productivity');
});

test('the validator is really checking: a misspelt option is refused', async () => {
  const config = await loadConfig();
  const broken = { ...config, linux: { ...config.linux, categroy: 'Office' } } as Configuration;
  await assert.rejects(validateConfiguration(broken, quietLogger), /configuration\.linux/);
});

/** Builds dist/ with the real build when it is missing (the pipeline packages what is there). */
function ensureBuilt(): void {
  const outputs = [
    'dist/main/electron-app.cjs',
    'dist/main/preload.cjs',
    'dist/renderer/index.html',
  ];
  if (outputs.every((file) => existsSync(join(root, file)))) return;
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  assert.equal(built.status, 0, 'npm run build failed; packaging needs the real build');
}

/** A stand-in for Electron's unpacked distribution: a script with a real fuse wire, locales. */
async function stubElectron(folder: string): Promise<void> {
  const { version } = JSON.parse(
    await readFile(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ) as { version: string };
  await mkdir(join(folder, 'locales'), { recursive: true });
  const wire = `${FUSE_SENTINEL}\u0001\u0008${DEFAULT_FUSES}`;
  await writeFile(join(folder, 'electron'), `#!/bin/sh\n# ${wire}\necho stub Electron\n`);
  await chmod(join(folder, 'electron'), 0o755);
  await writeFile(join(folder, 'version'), version);
  for (const locale of ['sv', 'en-US', 'en-GB', 'de', 'fi', 'ja']) {
    await writeFile(join(folder, 'locales', `${locale}.pak`), locale);
  }
}

/** Every file under a folder, as forward-slash paths relative to `base`. */
async function filesUnder(folder: string, base: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(base, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

test(
  'packaging offline against a stub Electron gives a lean app.asar',
  { timeout: 300_000 },
  async (t) => {
    ensureBuilt();
    const work = await mkdtemp(join(tmpdir(), 'fynd-packaging-'));
    try {
      const stub = join(work, 'electron-dist');
      const output = join(work, 'release');
      await stubElectron(stub);
      const cli = require.resolve('electron-builder/cli.js');
      const started = performance.now();
      const run = spawnSync(
        process.execPath,
        [
          cli,
          '--linux',
          'dir',
          '--projectDir',
          root,
          `-c.electronDist=${stub}`,
          `-c.directories.output=${output}`,
        ],
        {
          cwd: root,
          encoding: 'utf8',
          env: {
            ...process.env,
            // Empty caches: whatever the build needs must come from the project, not a download.
            ELECTRON_BUILDER_CACHE: join(work, 'builder-cache'),
            electron_config_cache: join(work, 'electron-cache'),
            // Any HTTP attempt goes to a closed local port and fails loudly.
            HTTPS_PROXY: 'http://127.0.0.1:9',
            HTTP_PROXY: 'http://127.0.0.1:9',
            ELECTRON_GET_USE_PROXY: '1',
            GLOBAL_AGENT_HTTPS_PROXY: 'http://127.0.0.1:9',
          },
        },
      );
      const seconds = (performance.now() - started) / 1000;
      t.diagnostic(`electron-builder --linux dir took ${seconds.toFixed(1)} s`);
      const log = `${run.stdout}\n${run.stderr}`;
      assert.equal(run.status, 0, log);
      assert.doesNotMatch(log, /download/i, 'nothing was downloaded');

      const unpacked = join(output, 'linux-unpacked');
      const asar = join(unpacked, 'resources', 'app.asar');
      const entries = listPackage(asar, { isPack: false }).map((entry) =>
        entry.split(sep).join('/'),
      );
      const files = entries.filter(
        (entry) => !entries.some((other) => other.startsWith(`${entry}/`)),
      );

      for (const needed of [
        '/package.json',
        '/dist/main/electron-app.cjs',
        '/dist/main/preload.cjs',
        '/dist/renderer/index.html',
      ]) {
        assert.ok(files.includes(needed), `${needed} is packaged`);
      }
      // Everything the build produced for Electron ships: not source maps, not the Node-only
      // bundles (devhost, command line).
      const nodeOnly = /^dist\/main\/[^/]+\.mjs$/;
      const built = (await filesUnder(join(root, 'dist'), root)).filter(
        (file) => !file.endsWith('.map') && !nodeOnly.test(file),
      );
      for (const file of built) assert.ok(files.includes(`/${file}`), `/${file} is packaged`);
      assert.deepEqual(
        files.filter((file) => nodeOnly.test(file.slice(1))),
        [],
        'no Node-only bundles',
      );
      // And nothing else: no sources, tests, maps, node_modules.
      const stray = files.filter(
        (file) => file !== '/package.json' && !/^\/dist\/(main|renderer)\//.test(file),
      );
      assert.deepEqual(stray, [], 'only dist/main, dist/renderer and package.json');
      assert.deepEqual(
        files.filter((file) => file.endsWith('.map')),
        [],
        'no source maps',
      );
      assert.deepEqual(
        files.filter((file) => /\.tsx?$/.test(file)),
        [],
        'no TypeScript',
      );
      for (const folder of [
        '/tests/',
        '/renderer/',
        '/main/',
        '/shared/',
        '/scripts/',
        '/node_modules/',
      ]) {
        assert.ok(!entries.some((entry) => entry.startsWith(folder)), `no ${folder}`);
      }
      for (const library of ['react', 'vite', 'typescript', 'electron', 'zod', 'lowdb']) {
        assert.ok(
          !entries.some((entry) => entry.includes(`node_modules/${library}`)),
          `no ${library}`,
        );
      }

      const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as Record<
        string,
        unknown
      >;
      assert.equal(manifest.main, 'dist/main/electron-app.cjs');
      assert.equal(manifest.devDependencies, undefined, 'devDependencies stripped');
      assert.equal(manifest.scripts, undefined, 'scripts stripped');

      // Fuses flipped in the binary: not a Node runtime, no NODE_OPTIONS, no --inspect, asar only.
      const binary = await readFile(join(unpacked, 'fynd'), 'latin1');
      const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
      const fuses = binary.slice(at, at + DEFAULT_FUSES.length);
      assert.equal(fuses[0], '0', 'RunAsNode off');
      assert.equal(fuses[2], '0', 'NODE_OPTIONS off');
      assert.equal(fuses[3], '0', '--inspect off');
      assert.equal(fuses[5], '1', 'OnlyLoadAppFromAsar on');

      const locales = (await readdir(join(unpacked, 'locales'))).sort();
      assert.deepEqual(locales, ['en-GB.pak', 'en-US.pak', 'sv.pak']);
      assert.equal(
        existsSync(join(unpacked, 'resources', 'app-update.yml')),
        false,
        'no update config',
      );
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
);
