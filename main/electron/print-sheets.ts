import { assertAbsolutePath } from '../services/absolute-path';
import { BrowserWindow } from 'electron';
import type { Handlers } from '../handlers';
import { outputError } from '../services/output-service';
import { printContents, savePdf } from './printing';

/**
 * `sheets.print` in Electron: the sheets' HTML (from the shared handler) is loaded into a hidden,
 * script-less window, then printed through the system dialog or saved as an A4 PDF.
 */
export function printSheetsHandler(base: Handlers): Pick<Handlers, 'sheets.print'> {
  return {
    'sheets.print': async ({ mode, path, ...input }) => {
      if (mode === 'pdf' && path) assertAbsolutePath(path);
      const { html } = await base['sheets.html'](input);
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          javascript: false,
          nodeIntegration: false,
        },
      });
      try {
        await window.loadURL(
          `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`,
        );
        if (mode === 'pdf') {
          if (!path) return { unsupported: true as const };
          await savePdf(window.webContents, path).catch((error: unknown) => {
            throw outputError(error, path);
          });
        } else {
          await printContents(window.webContents);
        }
        return { done: true as const };
      } finally {
        window.destroy();
      }
    },
  };
}
