import { app, dialog, Menu, session as electronSession, shell, type BrowserWindow } from 'electron';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHandlers } from '../handlers';
import { Session } from '../services/session';
import { parseArgs, type LaunchRequest } from './args';
import { dialogHandlers } from './dialogs';
import { printSheetsHandler } from './print-sheets';
import { bindHandlers, sendHostEvent, sendMenuCommand } from './ipc';
import { installLeaveGuard } from './leave-guard';
import { menuTemplate } from './menu';
import { shellLabelsFor, type ShellLabels } from './menu-labels';
import { installContentsGuards, installSessionGuards } from './security';
import { createMainWindow } from './window';

/*
 * The Electron entry (bundled to dist/main/electron-app.cjs). Fynd never touches the network:
 * neither autoUpdater nor crashReporter is ever started, and security.ts refuses http(s) requests.
 */

/** How long quitting waits for the project to be closed (snapshot written) before giving up. */
const CLOSE_TIMEOUT_MS = 15_000;

const appRoot = app.getAppPath();
const indexPath = join(appRoot, 'dist', 'renderer', 'index.html');
const appIndexUrl = pathToFileURL(indexPath).href;

app.enableSandbox();
// package.json's name is "fynd"; this keeps one user-data folder for development and installs.
app.setPath('userData', join(app.getPath('appData'), 'Fynd'));

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another Fynd is running: it gets our argv through 'second-instance' and opens the project.
  app.quit();
}

function start(): void {
  let window: BrowserWindow | null = null;
  let session: Session | null = null;
  let labels: ShellLabels = shellLabelsFor('en');
  let pending: LaunchRequest = parseArgs(process.argv, {
    defaultApp: process.defaultApp === true,
    cwd: process.cwd(),
  });
  let quit: 'running' | 'closing' | 'closed' = 'running';

  app.on('web-contents-created', (_event, contents) =>
    installContentsGuards(contents, {
      appIndexUrl,
      openExternal: (url) => shell.openExternal(url),
    }),
  );

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const request = parseArgs(argv, {
      defaultApp: process.defaultApp === true,
      cwd: workingDirectory,
    });
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    // Before 'ready' the request joins the launch's own; after it, it is opened at once.
    if (session) void switchTo(request);
    else if (request.projectDir || request.demo) pending = request;
  });

  // macOS hands over documents (a .fynd package double-clicked in Finder) through this event,
  // before 'ready' when it launches the app.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    const request: LaunchRequest = { projectDir: path, demo: false };
    if (session) void switchTo(request);
    else pending = request;
  });

  /**
   * Opens what a later launch asked for, then reloads the page so it starts over on that project
   * (the renderer asks for project.current at start; the bridge has no "project changed" event).
   */
  async function switchTo(request: LaunchRequest): Promise<void> {
    if (!request.projectDir && !request.demo) return;
    if (await openRequested(request)) window?.webContents.reload();
  }

  /** Opens the requested project (or the demo); tells the user plainly when it cannot. */
  async function openRequested(request: LaunchRequest): Promise<boolean> {
    if (!session) return false;
    try {
      if (request.projectDir) await session.open(await projectFolderOf(request.projectDir));
      else if (request.demo) await session.openDemo();
      else return false;
      return true;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const options = {
        type: 'error' as const,
        message: labels.openFailed,
        detail: `${request.projectDir ?? ''}\n\n${detail}`.trim(),
      };
      await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
      return false;
    }
  }

  app.on('window-all-closed', () => app.quit());

  // Quitting closes the window first: the page may ask to stay (typed text not saved yet), and
  // then nothing else happens. Once it is gone, 'window-all-closed' quits again.
  // Quitting then waits for the open project to close: its snapshot is written and its lock
  // released. Every acknowledged edit is already fsynced in the journal, so even a forced exit
  // (Windows shutdown skips this event) loses nothing; this keeps the next opening fast and clean.
  app.on('before-quit', (event) => {
    if (quit === 'closed') return;
    event.preventDefault();
    if (quit === 'closing') return;
    if (window) {
      window.close();
      return;
    }
    quit = 'closing';
    void closeWithin(session, CLOSE_TIMEOUT_MS).finally(() => {
      quit = 'closed';
      app.quit();
    });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app
    .whenReady()
    .then(async () => {
      labels = shellLabelsFor(app.getLocale());
      if (process.platform === 'win32') app.setAppUserModelId('se.fynd.app');
      app.setAboutPanelOptions({ applicationName: 'Fynd', applicationVersion: app.getVersion() });
      installSessionGuards(electronSession.defaultSession);

      session = new Session({
        userDataDir: app.getPath('userData'),
        host: 'electron',
        version: app.getVersion(),
        locale: app.getLocale(),
      });
      const base = createHandlers(session);
      const handlers = createHandlers(session, {
        ...dialogHandlers(
          () => window,
          () => labels,
        ),
        ...printSheetsHandler(base),
      });
      bindHandlers(handlers, appIndexUrl);
      // Main's events (export progress) go to the one window's page.
      session.events.subscribe((event) => {
        if (window) sendHostEvent(window.webContents, event);
      });

      // Opened before the page loads: the renderer starts on project.current. Without a request
      // it shows its start screen.
      await openRequested(pending);

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate(
            process.platform,
            labels,
            (command) => {
              if (window) sendMenuCommand(window.webContents, command);
            },
            { packaged: app.isPackaged, appName: 'Fynd' },
          ),
        ),
      );
      window = createMainWindow({
        indexPath,
        preloadPath: join(appRoot, 'dist', 'main', 'preload.cjs'),
      });
      installLeaveGuard(window, () => labels);
      window.on('closed', () => {
        window = null;
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Fynd',
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
      app.exit(1);
    });
}

/** A launch argument may name a file inside a project (e.g. its project.json): open its folder. */
async function projectFolderOf(path: string): Promise<string> {
  try {
    return (await stat(path)).isFile() ? dirname(path) : path;
  } catch {
    // Missing paths go on to the store, which answers with a clear projectNotFound.
    return path;
  }
}

/** Closes the session, but never holds quitting hostage for longer than the timeout. */
async function closeWithin(session: Session | null, timeoutMs: number): Promise<void> {
  if (!session) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error(`Fynd: closing the project took over ${timeoutMs} ms; quitting anyway.`);
      resolve();
    }, timeoutMs);
  });
  try {
    await Promise.race([session.close(), timeout]);
  } catch (error) {
    console.error('Fynd: closing the project failed:', error);
  } finally {
    clearTimeout(timer);
  }
}
