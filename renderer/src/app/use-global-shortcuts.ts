import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/bridge';
import { api } from '../api/api-client';
import { projectStore } from '../state/project-store';
import { showView, type View } from '../state/ui-store';
import { isEditable, runCommand } from './commands';

const viewKeys: Record<string, MenuCommand> = {
  '1': 'showSources',
  '2': 'showCodebook',
  '3': 'showCases',
  '4': 'showAnalysis',
  '5': 'showFindings',
  '6': 'showReports',
};

// Views the native menu does not list (Quotes, Search): their keys are handled here only.
const extraViewKeys: Record<string, View> = { '7': 'quotes', '8': 'search' };

/** The extra view a key press (Ctrl/Cmd+7, +8) asks for, if any. */
export function extraViewOfKey(event: KeyboardEvent): View | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  return extraViewKeys[event.code.replace(/^Digit/, '')] ?? extraViewKeys[event.key] ?? null;
}

/** The command a key press stands for, if any. */
export function commandOfKey(event: KeyboardEvent): MenuCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  // Inputs keep their native text undo; elsewhere the project's undo applies.
  if (key === 'z' || key === 'y') {
    if (isEditable(event.target as Element | null)) return null;
    if (key === 'y') return event.ctrlKey && !event.shiftKey ? 'redo' : null;
    return event.shiftKey ? 'redo' : 'undo';
  }
  if (event.shiftKey) return null;
  return viewKeys[event.code.replace(/^Digit/, '')] ?? viewKeys[key] ?? null;
}

/** Listens for the app's keyboard shortcuts and for commands from the native menu. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const extra = extraViewOfKey(event);
      if (extra) {
        event.preventDefault();
        if (projectStore.get().phase === 'open') showView(extra);
        return;
      }
      const command = commandOfKey(event);
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = api.onMenuCommand(runCommand);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
