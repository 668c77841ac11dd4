import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { builtCliExists } from '../../helpers/cli-process';
import { repoRoot, startLayout } from '../../helpers/start-layout';
import { tempDir } from '../../helpers/temp-dir';

/*
 * What `npm run web` and `npm start` print in a terminal, line for line, run for real (the built
 * devhost) with stand-ins: a browser on PATH that records how it was called, a display or none,
 * ELECTRON_SKIP_BINARY_DOWNLOAD set or not, an Electron installer that cannot reach GitHub.
 */

const posix = process.platform !== 'win32';
const KEEP_OPEN =
  'Keep this window open while you work; press Ctrl+C to quit (your work is saved).';
const FALLBACK =
  "Starting Fynd's browser version instead (npm run web): the same app, on this computer only.";
const BY_HAND = 'To use Fynd, open this page in a browser on this computer (it works once):';
const PAGE_LINE = /^ {2}(file:\/\/\/\S+\/open-fynd\.html)$/;

interface Terminal {
  /** A browser stand-in in a folder of its own: `chromium`, or an `xdg-open` that fails. */
  browser?: 'chromium' | 'failing-xdg-open';
  display: boolean;
  skipDownload?: boolean;
}

/** Starts a script as a user's terminal would and reads its stdout up to the "keep open" line. */
async function runScript(script: string, args: string[], terminal: Terminal) {
  const root = await tempDir();
  const bin = join(root, 'bin');
  await mkdir(bin);
  const browserRan = join(root, 'browser-ran');
  if (terminal.browser) {
    const name = terminal.browser === 'chromium' ? 'chromium' : 'xdg-open';
    const exit = terminal.browser === 'chromium' ? 0 : 3;
    await writeFile(join(bin, name), `#!/bin/sh\necho "$@" > '${browserRan}'\nexit ${exit}\n`);
    await chmod(join(bin, name), 0o755);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Only the stand-in: no real browser of this machine may be found.
    PATH: bin,
    FYND_USER_DATA: join(root, 'user-data'),
    INIT_CWD: root,
  };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  if (terminal.display) env.DISPLAY = ':99';
  if (terminal.skipDownload) env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
  const child = spawn(process.execPath, [script, ...args], {
    cwd: script.startsWith(repoRoot) ? repoRoot : join(script, '..', '..'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((done) => child.once('close', done));
  const lines: string[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    lines.push(line);
    if (line === KEEP_OPEN) break;
  }
  const stop = async () => {
    child.kill('SIGTERM');
    return exited;
  };
  return { lines, stderr: () => stderr, stop, browserRan: () => existsSync(browserRan) };
}

/** The page a no-display run printed: private, and it opens Fynd once. */
async function checkPrintedPage(lines: string[]) {
  const page = lines.map((line) => PAGE_LINE.exec(line)?.[1]).find(Boolean) ?? '';
  const path = new URL(page).pathname;
  assert.equal((await stat(path)).mode & 0o777, 0o600, 'only this user reads the page');
  const html = await readFile(path, 'utf8');
  const launch = /url=([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
  const code = new URL(launch).searchParams.get('code') ?? '';
  assert.ok(code.length >= 20);
  for (const line of lines) assert.ok(!line.includes(code), `"${line}" holds the code`);
  assert.equal((await fetch(launch, { redirect: 'manual' })).status, 303, 'the page opens Fynd');
  assert.equal((await fetch(launch, { redirect: 'manual' })).status, 403, 'once');
  assert.equal(existsSync(path), false, 'and is gone');
}

const web = join(repoRoot, 'scripts', 'web.mjs');
const needsBuild = { skip: !posix || !builtCliExists() ? 'needs the built app on POSIX' : false };

test(
  'npm run web with a display: Fynd opened in your browser, and nothing else',
  needsBuild,
  async () => {
    const run = await runScript(web, [], { display: true, browser: 'chromium' });
    try {
      assert.deepEqual(run.lines, ['Fynd opened in your browser.', KEEP_OPEN]);
      assert.ok(run.browserRan());
    } finally {
      assert.equal(await run.stop(), 0);
    }
    assert.equal(run.stderr(), '');
  },
);

test(
  'npm run web without a display: no browser, the one page to open by hand, which works once',
  needsBuild,
  async () => {
    const run = await runScript(web, [], { display: false, browser: 'chromium' });
    try {
      assert.equal(run.lines.length, 4, run.lines.join('\n'));
      assert.deepEqual(
        [run.lines[0], run.lines[1], run.lines[3]],
        ['No display found, so no browser was opened.', BY_HAND, KEEP_OPEN],
      );
      assert.match(run.lines[2] ?? '', PAGE_LINE);
      assert.equal(run.browserRan(), false, 'no browser was started');
      await checkPrintedPage(run.lines);
    } finally {
      assert.equal(await run.stop(), 0);
    }
  },
);

test(
  'npm run web with a display but no browser that starts: says so, and the page to open',
  needsBuild,
  async () => {
    const run = await runScript(web, [], { display: true, browser: 'failing-xdg-open' });
    try {
      assert.equal(run.browserRan(), true, 'xdg-open was tried');
      assert.deepEqual(
        [run.lines[0], run.lines[1], run.lines[3]],
        ['No browser could be started.', BY_HAND, KEEP_OPEN],
      );
      await checkPrintedPage(run.lines);
    } finally {
      assert.equal(await run.stop(), 0);
    }
  },
);

test('npm run web on a folder that is no project says why, in one line', needsBuild, async () => {
  const missing = join(await tempDir(), 'nowhere');
  const run = await runScript(web, ['--project', missing], { display: false });
  assert.equal(await run.stop(), 1);
  assert.deepEqual(run.lines, []);
  assert.equal(
    run.stderr(),
    `Fynd could not start: The folder ${missing} does not exist. It may have been moved, renamed or deleted.\n`,
  );
});

test(
  'npm start with ELECTRON_SKIP_BINARY_DOWNLOAD and no display: no download, no "failed", the page',
  needsBuild,
  async () => {
    const root = await startLayout({ built: true, binary: false, web: 'real' });
    try {
      const run = await runScript(join(root, 'scripts', 'start.mjs'), [], {
        display: false,
        skipDownload: true,
      });
      try {
        assert.equal(run.lines.length, 6, run.lines.join('\n'));
        assert.deepEqual(run.lines.slice(0, 4).concat(run.lines.slice(5)), [
          'Electron is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set: not downloading it.',
          FALLBACK,
          'No display found, so no browser was opened.',
          BY_HAND,
          KEEP_OPEN,
        ]);
        await checkPrintedPage(run.lines);
      } finally {
        assert.equal(await run.stop(), 0);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
);

test(
  'npm start offline with a display: the download failed, Fynd opened in the browser',
  needsBuild,
  async () => {
    const root = await startLayout({ built: true, binary: false, web: 'real' });
    try {
      const run = await runScript(join(root, 'scripts', 'start.mjs'), [], {
        display: true,
        browser: 'chromium',
      });
      try {
        assert.deepEqual(run.lines, [
          'Electron is not installed yet: downloading it from GitHub…',
          'Electron could not be downloaded (RequestError: getaddrinfo ENOTFOUND github.com).',
          FALLBACK,
          'Fynd opened in your browser.',
          KEEP_OPEN,
        ]);
      } finally {
        assert.equal(await run.stop(), 0);
      }
      assert.equal(run.stderr(), '');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
);
