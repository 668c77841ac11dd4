// `npm start`: runs Fynd in Electron. Builds dist/ first if it is missing. When the Electron
// binary is not installed (npm skips its download, see package.json "allowScripts"), it runs
// Electron's own installer, unless ELECTRON_SKIP_BINARY_DOWNLOAD is set; without a binary after
// that (an offline machine), Fynd opens in the browser fallback instead (`npm run web`).
// Arguments (a project folder, --demo) are passed on to the app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const INSTALL_TIMEOUT_MS = 60_000;

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);
// npm runs scripts in the package folder; INIT_CWD is where the user typed `npm start`.
const userCwd = process.env.INIT_CWD ?? process.cwd();

if (
  !existsSync(join(root, 'dist', 'main', 'electron-app.cjs')) ||
  !existsSync(join(root, 'dist', 'renderer', 'index.html'))
) {
  console.log('Fynd is not built yet: building it first (npm run build).');
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

let electron = electronBinary();
if (!electron && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log(
    'Electron is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set: not downloading it.',
  );
} else if (!electron) {
  // Said each time it happens: a machine that cannot reach GitHub tries again at every start.
  console.log('Electron is not installed yet: downloading it from GitHub…');
  const installer = installerPath();
  const installed = installer
    ? spawnSync(process.execPath, [installer], {
        cwd: root,
        stdio: ['ignore', 'inherit', 'pipe'],
        timeout: INSTALL_TIMEOUT_MS,
        killSignal: 'SIGKILL',
      })
    : null;
  electron = electronBinary();
  if (!electron) console.log(`Electron could not be downloaded (${downloadFailure(installed)}).`);
}

if (electron) {
  run(electron, [root, ...electronSwitches(), ...args], userCwd);
} else {
  console.log(
    "Starting Fynd's browser version instead (npm run web): the same app, on this computer only.",
  );
  run(process.execPath, [join(root, 'scripts', 'web.mjs'), ...webArgs(args)], root);
}

/** Why the installer did not give us Electron, in one line. */
function downloadFailure(installed) {
  if (!installed) return 'its installer, node_modules/electron/install.js, is missing';
  if (installed.error?.code === 'ETIMEDOUT')
    return `no answer within ${INSTALL_TIMEOUT_MS / 1000} s`;
  if (installed.error) return installed.error.message;
  // The installer's own error is a long stack trace; its first line says what went wrong.
  const first = String(installed.stderr ?? '')
    .trim()
    .split('\n')[0];
  return first || `the installer exited with code ${installed.status}`;
}

/** The Electron executable, or null when it is not installed. */
function electronBinary() {
  try {
    // node_modules/electron resolves to the binary's path, and throws when it was never fetched.
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function installerPath() {
  try {
    return require.resolve('electron/install.js');
  } catch {
    return null;
  }
}

/** The app's arguments as the browser fallback takes them: `[--project DIR | --demo]`. */
function webArgs(appArgs) {
  const path = appArgs.find((arg) => !arg.startsWith('-'));
  if (path) return ['--project', resolve(userCwd, path)];
  return appArgs.includes('--demo') ? ['--demo'] : [];
}

/** Chromium refuses to run as root on Linux without --no-sandbox (containers, CI machines). */
function electronSwitches() {
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    console.log('Running as root: starting Electron with --no-sandbox, as Chromium requires.');
    return ['--no-sandbox'];
  }
  return [];
}

/** Runs a child with this terminal, passes Ctrl+C on to it, and exits with its exit code. */
function run(command, commandArgs, cwd) {
  const env = { ...process.env };
  // Set in some shells and IDEs; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(command, commandArgs, { cwd, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}
