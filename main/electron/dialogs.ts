import {
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { Handlers } from '../handlers';
import { importableExtensions } from '../services/import/import-file';
import {
  chooseFilesResult,
  chooseFolderResult,
  chooseSavePathResult,
  folderDialogOptions,
  importFilesDialogOptions,
  refiOpenDialogOptions,
  saveDialogOptions,
} from './dialog-options';
import type { ShellLabels } from './menu-labels';

export type DialogHandlers = Pick<
  Handlers,
  | 'dialog.chooseFolder'
  | 'dialog.chooseFiles'
  | 'dialog.chooseSavePath'
  | 'refi.chooseSavePath'
  | 'refi.chooseOpenPath'
>;

/**
 * The contract's dialog operations with native dialogs (the shared handler table answers
 * `unsupported` for them, as the browser fallback has none). Dialogs are modal to the window when
 * there is one; the renderer only ever gets the chosen paths.
 */
export function dialogHandlers(
  currentWindow: () => BrowserWindow | null,
  labels: () => ShellLabels,
): DialogHandlers {
  const show = (options: OpenDialogOptions) => {
    const window = currentWindow();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  const save = (options: SaveDialogOptions) => {
    const window = currentWindow();
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
  };
  return {
    'dialog.chooseSavePath': async ({ purpose, defaultName }) =>
      chooseSavePathResult(await save(saveDialogOptions(purpose, defaultName, labels()))),
    'refi.chooseSavePath': async ({ format, defaultName }) =>
      chooseSavePathResult(await save(saveDialogOptions(format, defaultName, labels()))),
    // One file: its path answers as a chosen folder's does.
    'refi.chooseOpenPath': async ({ format }) =>
      chooseFolderResult(await show(refiOpenDialogOptions(format, labels()))),
    'dialog.chooseFolder': async ({ purpose }) =>
      chooseFolderResult(await show(folderDialogOptions(purpose, labels()))),
    'dialog.chooseFiles': async () =>
      chooseFilesResult(await show(importFilesDialogOptions(labels(), importableExtensions))),
  };
}
