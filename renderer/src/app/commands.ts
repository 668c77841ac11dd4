import type { MenuCommand } from '../../../shared/bridge';
import { setLanguage } from '../i18n/setup-i18n';
import {
  chooseFolder,
  closeProject,
  openDemo,
  openProject,
  startStore,
} from '../state/project-lifecycle';
import { projectStore, redo, undo } from '../state/project-store';
import { showProjectDialog, showView } from '../state/ui-store';
import { viewOfCommand } from './view-commands';

// In Electron one key press may reach us twice (menu accelerator and page keydown).
const DUPLICATE_WINDOW_MS = 250;
const lastRun = new Map<MenuCommand, number>();

/**
 * Does what a menu command or its shortcut asks. The native menu and the page's own keyboard
 * handling both end here, so they cannot drift apart.
 */
export function runCommand(command: MenuCommand): void {
  const now = performance.now();
  if (now - (lastRun.get(command) ?? -Infinity) < DUPLICATE_WINDOW_MS) return;
  lastRun.set(command, now);

  const isOpen = projectStore.get().phase === 'open';
  const view = viewOfCommand(command);
  if (view) {
    if (isOpen) showView(view);
    return;
  }
  switch (command) {
    case 'undo':
    case 'redo':
      if (isEditable(document.activeElement)) {
        // Text fields keep their own undo; the menu item then means that.
        document.execCommand(command);
      } else if (isOpen) {
        void (command === 'undo' ? undo() : redo());
      }
      return;
    case 'newProject':
      showProjectDialog('newProject');
      return;
    case 'openProject':
      void startOpenProject();
      return;
    case 'openDemo':
      void openDemo();
      return;
    case 'startDemoOver':
      showProjectDialog('startDemoOver');
      return;
    case 'importProject':
      // Asks before leaving an open project with unsaved text, as opening one does.
      showProjectDialog('importProject');
      return;
    case 'mergeCopy':
      if (isOpen) showProjectDialog('mergeCopy');
      return;
    case 'closeProject':
      if (isOpen) void closeProject();
      return;
    case 'exportQdpx':
    case 'exportQdc':
    case 'importCodebook':
      if (isOpen) showProjectDialog(command);
      return;
    case 'languageSv':
    case 'languageEn':
      setLanguage(command === 'languageSv' ? 'sv' : 'en');
      return;
    case 'print':
      window.print();
      return;
    case 'find':
      document.querySelector<HTMLInputElement>('[data-find]')?.focus();
      return;
    default:
      return;
  }
}

/** "Open project": the native folder dialog where there is one, else a typed path. */
export async function startOpenProject(): Promise<void> {
  if (startStore.get().host !== 'electron') {
    showProjectDialog('openProject');
    return;
  }
  const folder = await chooseFolder('open');
  if (folder === 'unsupported') showProjectDialog('openProject');
  else if (folder) await openProject(folder);
}

/** Whether an element takes typed text (where Ctrl+Z must stay the field's own undo). */
export function isEditable(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'color', 'file', 'submit', 'reset'].includes(
      element.type,
    );
  }
  return false;
}
