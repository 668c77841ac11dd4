import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/*
 * A stand-in for the 'electron' module, just wide enough for main/electron/app.ts and preload.ts,
 * so their real bundles can run under Node where no Electron binary exists. It records what the
 * shell asks of Electron; tests drive it by emitting the events Electron would.
 */

const bundles = new Map<string, Promise<string>>();

/** The repository root, whatever folder the tests are run from. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Bundles an entry (a path from the repository root) the way scripts/build.mjs does: CJS,
 * 'electron' external. Once per file.
 */
export function bundle(entry: string): Promise<string> {
  let code = bundles.get(entry);
  if (!code) {
    code = build({
      entryPoints: [join(repoRoot, entry)],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(entry, code);
  }
  return code;
}

export interface RunOptions {
  argv: string[];
  defaultApp?: boolean;
  cwd?: string;
}

/**
 * Runs bundled code as a CommonJS module whose `require('electron')` is the fake and whose
 * process has the given argv; signal handlers it installs are recorded, not installed.
 */
export function runBundle(code: string, electron: unknown, options: RunOptions): FakeProcess {
  const realRequire = createRequire(import.meta.url);
  const signals = new EventEmitter();
  const fakeProcess = new Proxy(process, {
    get(target, key) {
      if (key === 'argv') return options.argv;
      if (key === 'defaultApp') return options.defaultApp;
      if (key === 'cwd') return () => options.cwd ?? target.cwd();
      if (key === 'on') {
        return (signal: string, listener: () => void) => {
          signals.on(signal, listener);
          return fakeProcess;
        };
      }
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
  const module = { exports: {} };
  const require = (id: string): unknown => (id === 'electron' ? electron : realRequire(id));
  new Function('require', 'module', 'exports', 'process', code)(
    require,
    module,
    module.exports,
    fakeProcess,
  );
  return { signals };
}

export interface FakeProcess {
  signals: EventEmitter;
}

/** An Electron-style event whose default can be prevented. */
export function fakeEvent(extra: object = {}): {
  defaultPrevented: boolean;
  preventDefault(): void;
} {
  return {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  sent: unknown[][] = [];
  reloads = 0;
  /** The page's beforeunload asks to stay (it has unsaved text): Electron's 'will-prevent-unload'. */
  pageHasUnsaved = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  isDestroyed(): boolean {
    return false;
  }
  reload(): void {
    if (!this.mayUnload()) return;
    this.emit('did-start-loading');
    this.reloads += 1;
    this.emit('reloaded');
  }
  /** Runs the page's beforeunload: true when the unload may go on. */
  mayUnload(): boolean {
    if (!this.pageHasUnsaved) return true;
    const unload = fakeEvent();
    this.emit('will-prevent-unload', unload);
    // Electron: preventing the event ignores the page's wish and unloads after all.
    return unload.defaultPrevented;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

type WindowOptions = { webPreferences: Record<string, unknown> } & Record<string, unknown>;

export class FakeBrowserWindow extends EventEmitter {
  webContents = new FakeWebContents();
  loaded: string | null = null;
  shown = false;
  focused = 0;
  destroyed = false;
  constructor(readonly options: WindowOptions) {
    super();
  }
  loadFile(path: string): Promise<void> {
    this.loaded = path;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.focused += 1;
  }
  /** As Electron: 'close' (preventable), the page's beforeunload, then 'closed'. True if it closed. */
  close(): boolean {
    if (this.destroyed) return false;
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented || !this.webContents.mayUnload()) return false;
    this.destroyed = true;
    this.emit('closed');
    return true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export interface FakeConfig {
  appPath: string;
  appData: string;
  locale?: string;
  lock?: boolean;
  openDialogResult?: { canceled: boolean; filePaths: string[] };
}

/** Builds a fresh fake 'electron' module and the record of what was asked of it. */
export function createFakeElectron(config: FakeConfig) {
  const record = {
    sandboxed: false,
    quitRequests: 0,
    quitted: false,
    exitCode: null as number | null,
    windows: [] as FakeBrowserWindow[],
    menus: [] as { template: unknown[] }[],
    openDialogs: [] as unknown[][],
    messageBoxes: [] as unknown[][],
    /** The button the next message boxes answer with. */
    messageBoxResponse: 0,
    errorBoxes: [] as unknown[][],
    opened: [] as string[],
    ipc: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    session: {
      permissionRequest: null as null | ((...a: unknown[]) => void),
      permissionCheck: null as null | ((...a: unknown[]) => boolean),
      devicePermission: null as null | ((...a: unknown[]) => boolean),
      beforeRequest: null as null | ((...a: unknown[]) => void),
      headersReceived: null as null | ((...a: unknown[]) => void),
    },
  };
  const events = new EventEmitter();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const paths: Record<string, string> = {
    appData: config.appData,
    userData: join(config.appData, 'fynd'),
  };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getAppPath: () => config.appPath,
    enableSandbox: () => void (record.sandboxed = true),
    setPath: (name: string, path: string) => void (paths[name] = path),
    getPath: (name: string) => paths[name] ?? join(config.appData, name),
    requestSingleInstanceLock: () => config.lock ?? true,
    whenReady: () => ready,
    getLocale: () => config.locale ?? 'en-US',
    getVersion: () => '0.1.0-test',
    setAppUserModelId: () => undefined,
    setAboutPanelOptions: () => undefined,
    exit: (code: number) => void (record.exitCode = code),
    quit: () => {
      record.quitRequests += 1;
      const event = fakeEvent();
      app.emit('before-quit', event);
      if (!event.defaultPrevented) {
        record.quitted = true;
        events.emit('quitted');
      }
    },
  });

  class FakeWindow extends FakeBrowserWindow {
    constructor(options: WindowOptions) {
      super(options);
      record.windows.push(this);
      events.emit('window', this);
    }
    override close(): boolean {
      const closed = super.close();
      if (closed && record.windows.every((w) => w.destroyed)) app.emit('window-all-closed');
      return closed;
    }
  }

  const defaultSession = {
    setPermissionRequestHandler: (h: (...a: unknown[]) => void) =>
      void (record.session.permissionRequest = h),
    setPermissionCheckHandler: (h: (...a: unknown[]) => boolean) =>
      void (record.session.permissionCheck = h),
    setDevicePermissionHandler: (h: (...a: unknown[]) => boolean) =>
      void (record.session.devicePermission = h),
    webRequest: {
      onBeforeRequest: (h: (...a: unknown[]) => void) => void (record.session.beforeRequest = h),
      onHeadersReceived: (h: (...a: unknown[]) => void) =>
        void (record.session.headersReceived = h),
    },
  };

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => void record.menus.push(menu),
    },
    dialog: {
      showOpenDialog: async (...args: unknown[]) => {
        record.openDialogs.push(args);
        return config.openDialogResult ?? { canceled: true, filePaths: [] };
      },
      showMessageBox: async (...args: unknown[]) => {
        record.messageBoxes.push(args);
        events.emit('messageBox');
        return { response: record.messageBoxResponse, checkboxChecked: false };
      },
      showErrorBox: (...args: unknown[]) => void record.errorBoxes.push(args),
    },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        if (record.ipc.has(channel)) throw new Error(`second handler for ${channel}`);
        record.ipc.set(channel, fn);
      },
      removeHandler: (channel: string) => void record.ipc.delete(channel),
    },
    session: { defaultSession },
    shell: {
      openExternal: async (url: string) => void record.opened.push(url),
    },
  };

  /** Resolves on the next emission of one of the fake's own events. */
  const next = (name: 'window' | 'quitted' | 'messageBox') =>
    new Promise<unknown>((resolve) => events.once(name, resolve));

  return { electron, app, record, markReady, next };
}
