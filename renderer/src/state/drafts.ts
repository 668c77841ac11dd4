import { createDraftBook, type DraftSummary } from './draft-book';
import { useObservable } from './observable';

/** How long typing must pause before it is saved: long enough to make a burst one undo step. */
export const AUTOSAVE_DELAY_MS = 800;

/**
 * The app's one draft book (see draft-book.ts): every autosaved editor, open dialog with typed
 * text and form for something new is in it, so the header and the page's unload know.
 */
export const drafts = createDraftBook(
  {
    set: (run, ms) => setTimeout(run, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
  AUTOSAVE_DELAY_MS,
);

/** Drafts waiting to be saved and typed text that will not save on its own, in React. */
export function useDraftSummary(): DraftSummary {
  return useObservable(drafts.summary);
}
