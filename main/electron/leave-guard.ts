import { dialog, type BrowserWindow } from 'electron';
import { createLeaveGuard, leaveAnswerOf, leaveDialogOptions } from './leave-dialog';
import type { ShellLabels } from './menu-labels';

/**
 * Closing or reloading the window while the page has unsaved text (its beforeunload said so)
 * asks natively: Stay keeps everything as it is; Leave closes or reloads after all.
 */
export function installLeaveGuard(window: BrowserWindow, labels: () => ShellLabels): void {
  const guard = createLeaveGuard();
  window.on('close', () => guard.windowClosing());
  window.webContents.on('did-start-loading', () => guard.loadStarted());
  window.webContents.on('will-prevent-unload', (event) => {
    const step = guard.pageAsksToStay();
    if (step === 'allow') event.preventDefault();
    if (step !== 'ask') return;
    void dialog.showMessageBox(window, leaveDialogOptions(labels())).then(({ response }) => {
      const again = guard.answered(leaveAnswerOf(response));
      if (!again || window.isDestroyed()) return;
      if (again === 'close') window.close();
      else window.webContents.reload();
    });
  });
}
