import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/bridge';
import type { ShellLabels } from './menu-labels';

/** Sends one menu command to the renderer (over the 'fynd:menu' channel in the app). */
export type SendMenuCommand = (command: MenuCommand) => void;

export interface MenuOptions {
  /** Packaged builds get no Reload or DevTools items. */
  packaged: boolean;
  /** The name on macOS's application menu. */
  appName: string;
}

const defaultOptions: MenuOptions = { packaged: true, appName: 'Fynd' };

/**
 * The application menu as a template (pure: Menu.buildFromTemplate happens in app.ts).
 * Project commands, undo/redo included, are sent to the renderer rather than given a native role:
 * Ctrl/Cmd+Z must undo the last project edit through the contract's history, and only the
 * renderer knows whether a text field has focus and should undo its own typing instead.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  labels: ShellLabels,
  send: SendMenuCommand,
  options: Partial<MenuOptions> = {},
): MenuItemConstructorOptions[] {
  const { packaged, appName } = { ...defaultOptions, ...options };
  const mac = platform === 'darwin';
  const command = (
    id: MenuCommand,
    label: string,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about', label: labels.about },
      separator,
      { role: 'services', label: labels.services },
      separator,
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      separator,
      { role: 'quit', label: labels.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      command('newProject', labels.newProject, 'CmdOrCtrl+N'),
      command('openProject', labels.openProject, 'CmdOrCtrl+O'),
      command('openDemo', labels.openDemo),
      command('startDemoOver', labels.startDemoOver),
      command('importProject', labels.importProject),
      separator,
      command('mergeCopy', labels.mergeCopy),
      separator,
      command('closeProject', labels.closeProject),
      separator,
      command('exportQdpx', labels.exportQdpx),
      command('exportQdc', labels.exportQdc),
      command('importCodebook', labels.importCodebook),
      separator,
      command('print', labels.print, 'CmdOrCtrl+P'),
      // macOS quits from the application menu.
      ...(mac ? [] : [separator, { role: 'quit', label: labels.quit } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      command('undo', labels.undo, 'CmdOrCtrl+Z'),
      command('redo', labels.redo, 'Shift+CmdOrCtrl+Z'),
      // Windows and Linux users also expect Ctrl+Y. One item holds one accelerator, so a hidden
      // twin carries the second: Electron fires hidden items' accelerators on those platforms.
      ...(mac
        ? []
        : [{ ...command('redo', labels.redo, 'Ctrl+Y'), id: 'redoAlt', visible: false }]),
      separator,
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
      separator,
      command('find', labels.find, 'CmdOrCtrl+F'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      command('showSources', labels.sources, 'CmdOrCtrl+1'),
      command('showCodebook', labels.codebook, 'CmdOrCtrl+2'),
      command('showCases', labels.cases, 'CmdOrCtrl+3'),
      command('showAnalysis', labels.analysis, 'CmdOrCtrl+4'),
      command('showFindings', labels.findings, 'CmdOrCtrl+5'),
      command('showReports', labels.reports, 'CmdOrCtrl+6'),
      separator,
      command('showQuotes', labels.quotes, 'CmdOrCtrl+7'),
      command('showSearch', labels.search, 'CmdOrCtrl+8'),
      separator,
      {
        label: labels.language,
        submenu: [command('languageSv', labels.swedish), command('languageEn', labels.english)],
      },
      separator,
      { role: 'resetZoom', label: labels.actualSize },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      separator,
      { role: 'togglefullscreen', label: labels.fullScreen },
      ...(packaged
        ? []
        : [
            separator,
            { role: 'reload', label: labels.reload } as const,
            { role: 'toggleDevTools', label: labels.devTools } as const,
          ]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu', label: labels.window };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: labels.help,
    submenu: [{ role: 'about', label: labels.about }],
  };

  return mac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}
