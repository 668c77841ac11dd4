import { useEffect } from 'react';
import { drafts } from '../state/drafts';
import { projectStore } from '../state/project-store';

/** Whether leaving now would lose something: typed text not on disk, or an edit on its way. */
export function hasUnsavedWork(): boolean {
  return drafts.hasUnsaved() || projectStore.get().status === 'saving';
}

/**
 * Leaving the page (closing the tab or window, reloading) asks first while anything is unsaved,
 * and sends typed text on its way meanwhile. In Electron the page's question becomes
 * 'will-prevent-unload', answered by a native dialog (main/electron/leave-guard.ts). Hiding the
 * page (another tab, a minimised window) saves what waits for its pause.
 */
export function useLeaveGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedWork()) return;
      void drafts.flushAll();
      event.preventDefault();
    };
    const flush = () => void drafts.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
