// The browser fallback: starts the loopback devhost on the built renderer and opens the
// system browser on a private launch page. `npm run web [-- --project DIR | --demo]`.
// What it prints is only what is true: that Fynd opened in the browser, or, when no browser
// could be opened, the one page to open by hand. Never the code or the token.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { userDataDir } from './user-data-dir.mjs';

const KEEP_OPEN =
  'Keep this window open while you work; press Ctrl+C to quit (your work is saved).';

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
    stdio: ['ignore', 'pipe', 'pipe'],
    // `npm run dev`: every answer is checked against the contract as well.
    env: dev ? { ...process.env, FYND_CHECK_OUTPUT: '1' } : process.env,
  },
);
createInterface({ input: host.stdout }).once('line', (line) => {
  const { launchPage } = JSON.parse(line);
  // The browser opens a private page (readable by this user only) that holds the one-time code:
  // nothing secret on a command line, where every local user could read it with ps.
  openBrowser(pathToFileURL(launchPage).href);
});
// The devhost reports a failure to start as one JSON line; the user gets its message.
createInterface({ input: host.stderr }).on('line', (line) => {
  const failure = parseFailure(line);
  console.error(failure ? `Fynd could not start: ${failure}` : line);
});
process.on('SIGINT', () => host.kill('SIGTERM'));
process.on('SIGTERM', () => host.kill('SIGTERM'));
// 'close', not 'exit': the devhost's last words on stderr are read first.
host.once('close', (code) => process.exit(code ?? 0));

/** The message of a devhost failure line `{"error", "message"}`, or null for any other line. */
function parseFailure(line) {
  try {
    const parsed = JSON.parse(line);
    return parsed?.error ? String(parsed.message ?? parsed.error.message) : null;
  } catch {
    return null;
  }
}

/**
 * Browsers to try, in order. `waits`: the command exits once it has handed the page on, and its
 * exit code says whether that worked; the others are the browser itself.
 */
function browsers(page) {
  if (process.platform === 'darwin') return [{ command: 'open', args: [page], waits: true }];
  if (process.platform === 'win32')
    return [{ command: 'cmd', args: ['/c', 'start', '', page], waits: true }];
  return [
    { command: 'chromium', args: [`--app=${page}`, '--disable-background-networking'] },
    { command: 'google-chrome', args: [`--app=${page}`] },
    { command: 'xdg-open', args: [page], waits: true },
  ];
}

/** Opens the page in an app-like browser window where one can be, and says what happened. */
function openBrowser(page) {
  const hasDisplay =
    process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (!hasDisplay) {
    openByHand('No display found, so no browser was opened.', page);
    return;
  }
  const candidates = browsers(page);
  const tryNext = (i) => {
    const candidate = candidates[i];
    if (!candidate) {
      openByHand('No browser could be started.', page);
      return;
    }
    // Detached: Ctrl+C here quits Fynd, not the browser the user is looking at.
    const child = spawn(candidate.command, candidate.args, { stdio: 'ignore', detached: true });
    let settled = false;
    const settle = (opened) => {
      if (settled) return;
      settled = true;
      child.unref();
      if (!opened) {
        tryNext(i + 1);
        return;
      }
      console.log('Fynd opened in your browser.');
      console.log(KEEP_OPEN);
    };
    child.once('error', () => settle(false));
    if (candidate.waits) child.once('exit', (code) => settle(code === 0));
    else child.once('spawn', () => settle(true));
  };
  tryNext(0);
}

/** Says why no browser opened and the one page that opens Fynd (its code works once). */
function openByHand(reason, page) {
  console.log(reason);
  console.log('To use Fynd, open this page in a browser on this computer (it works once):');
  console.log(`  ${page}`);
  console.log(KEEP_OPEN);
}
