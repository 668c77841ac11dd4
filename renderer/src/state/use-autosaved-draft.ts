import { useCallback, useId, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { DraftRules, DraftState } from './draft-book';
import { drafts } from './drafts';

/** Texts that differ only in surrounding space save the same (the store keeps them trimmed). */
export const sameText = (a: string, b: string): boolean => a.trim() === b.trim();

/** A required text: blank is not saved. */
export const notBlank = (text: string): boolean => text.trim() !== '';

/**
 * The rules of an autosaved text: saved trimmed through `save` (an edit through the store's
 * `run`, resolving null when it failed); a required text is not saved blank.
 */
export function textRules(options: {
  save: (trimmed: string) => Promise<unknown>;
  required?: boolean;
  stillThere?: () => boolean;
}): DraftRules<string> {
  return {
    save: async (text) => Boolean(await options.save(text.trim())),
    same: sameText,
    ...(options.required ? { valid: notBlank } : {}),
    ...(options.stillThere ? { stillThere: options.stillThere } : {}),
  };
}

/** An editor's view of one autosaved value. */
export interface AutosavedDraft<T> {
  /** What the field shows: the typed text, or the stored value when nothing is typed. */
  value: T;
  state: DraftState;
  /** Typing: saved after a short pause, one undo step per burst. */
  change(value: T): void;
  /** A choice made (select, radio, checkbox): saved at once. */
  commit(value: T): void;
  /** Leaving the field: whatever is typed is saved now. */
  flush(): void;
  /** Back to the stored value. */
  revert(): void;
}

/**
 * A working copy of a stored value that saves itself: after ~800 ms without typing, when the
 * field is left, and when the editor goes away (item or view switched). `key` names what it edits
 * ("finding/<id>/statement"); a draft that cannot be saved is kept under it and offered back.
 * `rules.save` runs later than the render it came from: it must read the project as it is then.
 */
export function useAutosavedDraft<T>(
  key: string,
  stored: T,
  rules: DraftRules<T>,
): AutosavedDraft<T> {
  const snapshot = useSyncExternalStore(drafts.subscribe, () => drafts.snapshot<T>(key));
  const latest = useRef({ stored, rules });

  // Declared first so it runs first: the attach below then sees this render's values.
  useLayoutEffect(() => {
    latest.current = { stored, rules };
    drafts.setRules(key, rules);
    drafts.receive(key, stored);
  });
  useLayoutEffect(() => {
    drafts.attach(key, latest.current.stored, latest.current.rules);
    return () => drafts.detach(key);
  }, [key]);

  const actions = useMemo(
    () => ({
      change: (value: T) => drafts.change(key, value),
      commit: (value: T) => {
        drafts.change(key, value);
        void drafts.flush(key);
      },
      flush: () => void drafts.flush(key),
      revert: () => drafts.revert(key),
    }),
    [key],
  );
  return {
    value: snapshot ? snapshot.value : stored,
    state: snapshot ? snapshot.state : 'clean',
    ...actions,
  };
}

/**
 * Counts typed text that is not autosaved (an open dialog, a form for something new) as unsaved
 * while `typed` is true: the header says so and leaving the page asks first. Returns `sending`,
 * which lifts the count while the form's own text is being sent (opening a project from a
 * dialog must not ask about the dialog's own text).
 */
export function useHeldText(typed: boolean): HeldText {
  const key = `held/${useId()}`;
  const latest = useRef({ typed, mounted: true });
  useLayoutEffect(() => {
    latest.current = { typed, mounted: true };
    drafts.hold(key, typed);
    return () => {
      latest.current.mounted = false;
      drafts.hold(key, false);
    };
  }, [key, typed]);
  const sending = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      drafts.hold(key, false);
      try {
        return await work();
      } finally {
        // Still there (the work failed, or did not close the form): its text counts again.
        if (latest.current.mounted && latest.current.typed) drafts.hold(key, true);
      }
    },
    [key],
  );
  return { sending };
}

export interface HeldText {
  /** Runs `work` (sending the form) with the form's text not counted as unsaved meanwhile. */
  sending<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * The text of a form for something new that sits in a view (the coding form's memo, a new
 * pseudonym), kept in the draft book under `key`: a view or selection switch does not lose it,
 * the header counts it as unsaved, and the form shows it again. Set '' once it has been used.
 */
export function useKeptText(key: string): [string, (text: string) => void] {
  const text = useSyncExternalStore(drafts.subscribe, () => drafts.kept(key));
  const set = useCallback((next: string) => drafts.keep(key, next), [key]);
  return [text, set];
}

/** Whether an autosaved draft under one of `keys` is kept unsaved (its editor should reopen). */
export function useKeptDraft(keys: readonly string[]): boolean {
  return useSyncExternalStore(drafts.subscribe, () =>
    keys.some((key) => {
      const state = drafts.snapshot(key)?.state;
      return state !== undefined && state !== 'clean';
    }),
  );
}

/** Whether any of `keys` holds kept text (a form for something new should show again). */
export function useHasKeptText(keys: readonly string[]): boolean {
  return useSyncExternalStore(drafts.subscribe, () => keys.some((key) => drafts.kept(key) !== ''));
}

/** Forgets the kept text of a form for something new: it was added, or the user cancelled. */
export function forgetKeptText(keys: readonly string[]): void {
  for (const key of keys) drafts.keep(key, '');
}
