// The browser fallback: starts the loopback devhost on the built renderer and opens the
// system browser at its private URL. `npm run web [-- --project DIR | --demo]`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { userDataDir } from './user-data-dir.mjs';

if (!existsSync('dist/main/devhost.mjs') || !existsSync('dist/renderer/index.html')) {
  const build = spawn(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const code = await new Promise((done) => build.once('exit', done));
  if (code !== 0) process.exit(code ?? 1);
}

const dev = process.argv.includes('--dev');
const args = process.argv.slice(2).filter((a) => a !== '--dev');
const host = spawn(
  process.execPath,
  ['dist/main/devhost.mjs', '--user-data', userDataDir(), '--launch-page', ...args],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
    // `npm run dev`: every answer is checked against the contract as well.
    env: dev ? { ...process.env, FYND_CHECK_OUTPUT: '1' } : process.env,
  },
);
const lines = createInterface({ input: host.stdout });
lines.once('line', (line) => {
  const { port, launchPage } = JSON.parse(line);
  // The browser opens a private page (readable by this user only) that holds the one-time code:
  // nothing secret on a command line, where every local user could read it with ps.
  const page = pathToFileURL(launchPage).href;
  console.log(`Fynd is running in your browser (http://127.0.0.1:${port}/).`);
  console.log('Keep this window open while you work; press Ctrl+C to quit (your work is saved).');
  openBrowser(page);
});
process.on('SIGINT', () => host.kill('SIGTERM'));
process.on('SIGTERM', () => host.kill('SIGTERM'));
host.once('exit', (code) => process.exit(code ?? 0));

/** Opens the URL in an app-like browser window where one can be found, else prints it. */
function openBrowser(url) {
  const candidates =
    process.platform === 'darwin'
      ? [['open', [url]]]
      : process.platform === 'win32'
        ? [['cmd', ['/c', 'start', '', url]]]
        : [
            ['chromium', [`--app=${url}`, '--disable-background-networking']],
            ['google-chrome', [`--app=${url}`]],
            ['xdg-open', [url]],
          ];
  const hasDisplay =
    process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (!hasDisplay) {
    console.log(`No display found: open this page in a browser on this machine:\n  ${url}`);
    return;
  }
  const tryNext = (i) => {
    const candidate = candidates[i];
    if (!candidate) {
      console.log(`Open this page in your browser:\n  ${url}`);
      return;
    }
    const child = spawn(candidate[0], candidate[1], { stdio: 'ignore', detached: true });
    child.once('error', () => tryNext(i + 1));
    child.unref();
  };
  tryNext(0);
}
