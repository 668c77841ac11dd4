import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/bridge';
import { api } from '../api/api-client';
import { isEditable, runCommand } from './commands';
import { viewCommandOfDigit } from './view-commands';

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
  return viewCommandOfDigit(event.code.replace(/^Digit/, '')) ?? viewCommandOfDigit(key);
}

/** Listens for the app's keyboard shortcuts and for commands from the native menu. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
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
