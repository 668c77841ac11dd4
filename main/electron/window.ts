import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  /** Absolute path of dist/renderer/index.html. */
  indexPath: string;
  /** Absolute path of dist/main/preload.cjs. */
  preloadPath: string;
}

/**
 * Creates Fynd's window: isolated, sandboxed, no Node in the page, no webviews; only the preload
 * reaches main. Shown once the first paint is ready, so the user never sees a blank white frame.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Fynd',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    // Matches the renderer's page background, so resizing shows no flash of another colour.
    backgroundColor: '#f7f7f5',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Chromium's spellchecker downloads dictionaries on Windows and Linux; Fynd stays offline.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadFile(options.indexPath).catch((error: unknown) => {
    console.error('Fynd: could not load the window:', error);
  });
  return window;
}
