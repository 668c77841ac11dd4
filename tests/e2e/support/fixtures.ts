import {
  test as base,
  expect,
  _electron,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, systemChromium } from './browser';
import { startDevhostProcess, type DevhostProcess } from './devhost-process';
import { electronBinary } from './electron-binary';

export type Host = 'web' | 'electron';

export interface StartOptions {
  /** Open this project folder at start; otherwise the app decides (demo or start screen). */
  project?: string;
  /**
   * Who uses this Fynd: kept in the app's settings before it starts ('Testare' unless said), or
   * null for a first start, which asks the name on the start screen.
   */
  user?: string | null;
}

/** Fynd as a user meets it, on the web fallback or in Electron, with its own folders. */
export interface FyndApp {
  host: Host;
  page: Page;
  /** A temporary folder for this test's projects. */
  workDir: string;
  start(options?: StartOptions): Promise<Page>;
  /** Quits cleanly and starts again on the same user data (recent projects kept). */
  restart(options?: StartOptions): Promise<Page>;
  /** Makes the next "choose folder" answer with this folder (native dialog or text field). */
  chooseFolder(dir: string): Promise<void>;
  /**
   * Saves an output to this path as the user would: in Electron the native save dialog answers
   * with it before `click`; in the browser, `click` starts a download, saved there.
   */
  saveOutput(path: string, click: () => Promise<void>): Promise<void>;
  /**
   * Kills the devhost without warning (SIGKILL), as a crash or a closed terminal would, and
   * leaves the page open. Web host only: Electron's host is the app itself.
   */
  killHost(): Promise<void>;
}

export const test = base.extend<{ app: FyndApp }, { host: Host }>({
  host: ['web', { option: true, scope: 'worker' }],
  app: async ({ host, playwright }, provide, testInfo) => {
    if (host === 'electron' && !electronBinary()) {
      testInfo.skip(
        true,
        'No Electron binary on this machine (it could not be downloaded): the same spec runs on the web host.',
      );
    }
    const workDir = await mkdtemp(join(tmpdir(), 'fynd-e2e-'));
    const userDataDir = join(workDir, 'user-data');
    let devhost: DevhostProcess | null = null;
    let electronApp: ElectronApplication | null = null;
    const browser =
      host === 'web'
        ? await playwright.chromium.launch({ executablePath: systemChromium(), args: chromiumArgs })
        : null;
    const current: { page: Page | null } = { page: null };

    const start = async (options: StartOptions = {}): Promise<Page> => {
      await rememberUser(userDataDir, options.user === undefined ? 'Testare' : options.user);
      const projectArgs = options.project ? ['--project', options.project] : [];
      if (host === 'web') {
        devhost = await startDevhostProcess(['--user-data', userDataDir, ...projectArgs]);
        if (!browser) throw new Error('No browser for the web host');
        const context = await browser.newContext({
          locale: 'sv-SE',
          viewport: { width: 1280, height: 800 },
        });
        current.page = await context.newPage();
        // As `npm run web` does: the browser opens the private launch page, which goes on.
        await current.page.goto(pathToFileURL(devhost.launchPage).href);
        await current.page.waitForURL(`${devhost.origin}/`);
      } else {
        electronApp = await _electron.launch({
          executablePath: electronBinary() ?? undefined,
          args: [
            resolve('.'),
            `--user-data-dir=${userDataDir}`,
            '--lang=sv-SE',
            ...(options.project ? [options.project] : []),
          ],
        });
        current.page = await electronApp.firstWindow();
      }
      return current.page;
    };

    const quit = async () => {
      // The page goes first, also when its devhost was killed (its context would linger).
      if (host === 'web') await current.page?.context().close();
      if (devhost) {
        expect(await devhost.stop()).toBe(0);
        devhost = null;
      }
      if (electronApp) {
        await electronApp.close();
        electronApp = null;
      }
    };

    const app: FyndApp = {
      host,
      workDir,
      get page() {
        if (!current.page) throw new Error('Fynd has not been started');
        return current.page;
      },
      start,
      restart: async (options) => {
        await quit();
        return start(options);
      },
      chooseFolder: async (dir) => {
        if (electronApp) {
          await electronApp.evaluate(({ dialog }, path) => {
            dialog.showOpenDialog = async () => ({
              canceled: false,
              filePaths: [path],
            });
          }, dir);
        } else {
          await current.page?.getByLabel(/^(Mapp|Folder)/).fill(dir);
        }
      },
      saveOutput: async (path, click) => {
        if (electronApp) {
          await electronApp.evaluate(({ dialog }, filePath) => {
            dialog.showSaveDialog = async () => ({
              canceled: false,
              filePath,
            });
          }, path);
          await click();
          return;
        }
        if (!current.page) throw new Error('Fynd has not been started');
        const downloaded = current.page.waitForEvent('download', { timeout: 60_000 });
        await click();
        await (await downloaded).saveAs(path);
      },
      killHost: async () => {
        if (!devhost) throw new Error('Only the web host runs apart from the page');
        const killed = devhost;
        devhost = null;
        await killed.kill();
      },
    };
    await provide(app);
    if (testInfo.status !== testInfo.expectedStatus && current.page) {
      const body = await current.page.screenshot();
      await testInfo.attach('screen-at-failure', { body, contentType: 'image/png' });
    }
    await quit();
    await browser?.close();
    await rm(workDir, { recursive: true, force: true });
  },
});

export { expect };

/**
 * Writes the app's current user (as Fynd keeps it in user.json) unless one is there already, so
 * a restart keeps who the user is; null leaves a first start.
 */
async function rememberUser(userDataDir: string, name: string | null): Promise<void> {
  if (name === null) return;
  const path = join(userDataDir, 'user.json');
  const known = await readFile(path, 'utf8').catch(() => null);
  if (known !== null) return;
  await mkdir(userDataDir, { recursive: true });
  await writeFile(path, JSON.stringify({ id: randomUUID(), name }));
}
