import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * A form's working copy of a stored value. When the stored value changes underneath (undo, redo,
 * an edit elsewhere) the copy is replaced: the form shows what is stored. Compared with `!==`,
 * so an object counts as changed when the store hands over a new one.
 */
export function useStoredDraft<S>(stored: S): [S, Dispatch<SetStateAction<S>>];
export function useStoredDraft<S, D>(
  stored: S,
  copyOf: (stored: S) => D,
): [D, Dispatch<SetStateAction<D>>];
export function useStoredDraft<S, D>(
  stored: S,
  copyOf: (stored: S) => D = (value) => value as unknown as D,
): [D, Dispatch<SetStateAction<D>>] {
  const [draft, setDraft] = useState(() => copyOf(stored));
  const [shown, setShown] = useState(stored);
  // React's way of deriving state from a prop: set during render, before anything is drawn.
  if (shown !== stored) {
    setShown(stored);
    setDraft(copyOf(stored));
  }
  return [draft, setDraft];
}
