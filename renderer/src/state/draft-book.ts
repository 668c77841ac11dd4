import { observable, type Observable } from './observable';

/**
 * The renderer's book of typed text that is not on disk yet. Plain TypeScript (no React, no
 * DOM), so its rules are unit-tested under Node:
 * - a draft is a working copy of one stored value, keyed by what it edits ("finding/<id>/statement");
 * - a change waits for a pause (`delay`), then is saved once: each burst of typing is one edit;
 * - saves run one at a time, in the order they were asked for, so undo order follows typing order;
 * - when the stored value changes underneath (undo, redo, an edit elsewhere) a clean draft follows
 *   it and a dirty one is kept: typed text is never thrown away silently;
 * - a draft that cannot be saved (invalid, or its save failed) outlives its editor and is offered
 *   back when the editor returns;
 * - other typed text (an open dialog, a form for something new) is only "held": counted, never saved;
 *   a form for something new that sits in a view (not a dialog) keeps its text here, so it is
 *   still there when the form comes back after a view or selection switch.
 */

export type DraftState = 'clean' | 'waiting' | 'saving' | 'invalid' | 'failed';

export interface DraftRules<T> {
  /** Writes the value through the project store; resolves false when it failed. */
  save(value: T): Promise<boolean>;
  /** Whether the value may be saved (e.g. a required statement is not blank). */
  valid?(value: T): boolean;
  /** Whether two values save the same (e.g. equal once trimmed). */
  same?(a: T, b: T): boolean;
  /** Whether what the draft edits still exists; a kept draft of something deleted is dropped. */
  stillThere?(): boolean;
}

export interface DraftSnapshot<T> {
  value: T;
  state: DraftState;
}

/** What the header says: edits on their way, and typed text that will not save on its own. */
export interface DraftSummary {
  /** Drafts waiting for the pause or being saved. */
  pending: number;
  /** Invalid or failed drafts, and held text (dialogs, forms for something new). */
  held: number;
}

/** Timers, injected so tests can run them by hand. */
export interface Scheduler {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

interface Entry {
  value: unknown;
  /** The stored value as last seen (or as last saved, until the store catches up). */
  base: unknown;
  rules: DraftRules<unknown>;
  /** Editors showing this draft now. */
  attached: number;
  timer: unknown;
  saving: Promise<void> | null;
  /** Typing went on while a save was under way: save again when it is done. */
  again: boolean;
  failed: boolean;
  snapshot: DraftSnapshot<unknown>;
}

export interface DraftBook {
  /** The draft's value and state, or undefined when there is none (the editor shows the stored value). */
  snapshot<T>(key: string): DraftSnapshot<T> | undefined;
  /** An editor shows the draft: made from the stored value unless a kept draft is waiting. */
  attach<T>(key: string, stored: T, rules: DraftRules<T>): void;
  /** The editor is gone (item or view switched): saved now; kept if it cannot be. */
  detach(key: string): void;
  /** The latest rules (closures over the latest props). */
  setRules<T>(key: string, rules: DraftRules<T>): void;
  /** The stored value as the editor sees it now. */
  receive<T>(key: string, stored: T): void;
  /** The user typed: saved after the next pause. */
  change<T>(key: string, value: T): void;
  /** Saves now, if there is anything valid to save (a field left, a choice made). */
  flush(key: string): Promise<void>;
  /** Back to the stored value. */
  revert(key: string): void;
  /** Saves every pending draft now; resolves when all saves have answered. */
  flushAll(): Promise<void>;
  /** Drops kept drafts of things that no longer exist. */
  prune(): void;
  /** Forgets everything (another project was opened, or none). */
  reset(): void;
  /** Counts typed text that lives elsewhere (an open dialog) while `typed` is true. */
  hold(key: string, typed: boolean): void;
  /**
   * Keeps the text of a form for something new (not saved on its own; counted as held unless
   * blank) until the form uses it or empties it; it outlives the form, so the form shows it again.
   */
  keep(key: string, text: string): void;
  /** The text kept under a key, or '' when none. */
  kept(key: string): string;
  /** Whether anything typed is not on disk yet. */
  hasUnsaved(): boolean;
  readonly summary: Observable<DraftSummary>;
  subscribe(listener: () => void): () => void;
}

const strictSame = (a: unknown, b: unknown) => Object.is(a, b);

/** Creates a draft book; `delay` is the pause (ms) after which typing is saved. */
export function createDraftBook(scheduler: Scheduler, delay: number): DraftBook {
  const entries = new Map<string, Entry>();
  const holds = new Set<string>();
  const keptTexts = new Map<string, string>();
  const listeners = new Set<() => void>();
  const summary = observable<DraftSummary>({ pending: 0, held: 0 });
  // Every save waits for the one before it.
  let queue: Promise<void> = Promise.resolve();

  const same = (entry: Entry, a: unknown, b: unknown) => (entry.rules.same ?? strictSame)(a, b);
  const dirty = (entry: Entry) => !same(entry, entry.value, entry.base);
  const valid = (entry: Entry) => entry.rules.valid?.(entry.value) ?? true;

  const stateOf = (entry: Entry): DraftState => {
    if (entry.saving) return 'saving';
    if (!dirty(entry)) return 'clean';
    if (!valid(entry)) return 'invalid';
    return entry.failed ? 'failed' : 'waiting';
  };

  /** Publishes an entry's new snapshot (a new object only when something shows differently). */
  const refresh = (entry: Entry) => {
    const state = stateOf(entry);
    if (entry.snapshot.value !== entry.value || entry.snapshot.state !== state)
      entry.snapshot = { value: entry.value, state };
  };

  const emit = () => {
    let pending = 0;
    let held = holds.size;
    for (const text of keptTexts.values()) if (text.trim() !== '') held++;
    for (const entry of entries.values()) {
      refresh(entry);
      const { state } = entry.snapshot;
      if (state === 'waiting' || state === 'saving') pending++;
      else if (state === 'invalid' || state === 'failed') held++;
    }
    const current = summary.get();
    if (current.pending !== pending || current.held !== held) summary.set({ pending, held });
    for (const listener of [...listeners]) listener();
  };

  const stopTimer = (entry: Entry) => {
    if (entry.timer !== undefined) scheduler.clear(entry.timer);
    entry.timer = undefined;
  };

  const schedule = (key: string, entry: Entry) => {
    stopTimer(entry);
    if (!dirty(entry) || !valid(entry)) return;
    entry.timer = scheduler.set(() => {
      entry.timer = undefined;
      void flush(key);
    }, delay);
  };

  /** Forgets a draft nobody shows that has nothing left to save. */
  const dropIfDone = (key: string, entry: Entry) => {
    if (entries.get(key) !== entry) return;
    if (entry.attached === 0 && !entry.saving && !dirty(entry)) {
      stopTimer(entry);
      entries.delete(key);
    }
  };

  const flush = (key: string): Promise<void> => {
    const entry = entries.get(key);
    if (!entry) return Promise.resolve();
    stopTimer(entry);
    if (entry.saving) {
      entry.again = true;
      return entry.saving;
    }
    if (!dirty(entry) || !valid(entry)) {
      emit();
      return Promise.resolve();
    }
    const value = entry.value;
    entry.failed = false;
    const task = queue
      .then(async () => {
        if (entry.rules.stillThere && !entry.rules.stillThere()) {
          // Deleted meanwhile: nothing to save it into.
          if (entry.attached === 0 && entries.get(key) === entry) entries.delete(key);
          return;
        }
        let saved = false;
        try {
          saved = await entry.rules.save(value);
        } catch {
          saved = false;
        }
        // The store's own answer follows through `receive`; until then this is what is stored.
        if (saved) entry.base = value;
        else entry.failed = true;
      })
      .finally(() => {
        entry.saving = null;
        const again = entry.again;
        entry.again = false;
        if (again && entries.get(key) === entry && !entry.failed) void flush(key);
        else dropIfDone(key, entry);
        emit();
      });
    entry.saving = task;
    queue = task;
    emit();
    return task;
  };

  const book: DraftBook = {
    snapshot<T>(key: string) {
      return entries.get(key)?.snapshot as DraftSnapshot<T> | undefined;
    },

    attach<T>(key: string, stored: T, rules: DraftRules<T>) {
      const existing = entries.get(key);
      if (existing) {
        existing.attached++;
        existing.rules = rules;
        return;
      }
      entries.set(key, {
        value: stored,
        base: stored,
        rules: rules,
        attached: 1,
        timer: undefined,
        saving: null,
        again: false,
        failed: false,
        snapshot: { value: stored, state: 'clean' },
      });
      emit();
    },

    detach(key) {
      const entry = entries.get(key);
      if (!entry) return;
      entry.attached = Math.max(0, entry.attached - 1);
      if (entry.attached > 0) return;
      void flush(key).then(() => {
        dropIfDone(key, entry);
        emit();
      });
    },

    setRules<T>(key: string, rules: DraftRules<T>) {
      const entry = entries.get(key);
      if (entry) entry.rules = rules;
    },

    receive<T>(key: string, stored: T) {
      const entry = entries.get(key);
      if (!entry || same(entry, stored, entry.base)) return;
      const followsStore = !entry.saving && !dirty(entry);
      entry.base = stored;
      if (followsStore) {
        // Undo, redo or an edit elsewhere: show what is stored.
        entry.value = stored;
        entry.failed = false;
      } else if (dirty(entry) && !entry.saving && entry.timer === undefined && !entry.failed) {
        // Typed text over a value that changed underneath: it stays, and is saved at the pause.
        schedule(key, entry);
      }
      emit();
    },

    change<T>(key: string, value: T) {
      const entry = entries.get(key);
      if (!entry) return;
      entry.value = value;
      entry.failed = false;
      // Also while a save is under way: this burst is saved at its own pause.
      schedule(key, entry);
      emit();
    },

    flush,

    revert(key) {
      const entry = entries.get(key);
      if (!entry) return;
      stopTimer(entry);
      entry.value = entry.base;
      entry.failed = false;
      entry.again = false;
      emit();
    },

    async flushAll() {
      await Promise.all([...entries.keys()].map((key) => flush(key)));
      await queue;
    },

    prune() {
      let dropped = false;
      for (const [key, entry] of entries) {
        if (entry.attached > 0 || entry.saving) continue;
        if (entry.rules.stillThere && !entry.rules.stillThere()) {
          stopTimer(entry);
          entries.delete(key);
          dropped = true;
        }
      }
      if (dropped) emit();
    },

    reset() {
      for (const entry of entries.values()) stopTimer(entry);
      entries.clear();
      holds.clear();
      keptTexts.clear();
      emit();
    },

    hold(key, typed) {
      if (typed === holds.has(key)) return;
      if (typed) holds.add(key);
      else holds.delete(key);
      emit();
    },

    keep(key, text) {
      if (text === '') {
        if (!keptTexts.delete(key)) return;
      } else if (keptTexts.get(key) === text) return;
      else keptTexts.set(key, text);
      emit();
    },

    kept(key) {
      return keptTexts.get(key) ?? '';
    },

    hasUnsaved() {
      const { pending, held } = summary.get();
      return pending + held > 0;
    },

    summary,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return book;
}
