import type { HistoryStatus } from '../../../shared/contract';
import type { HistoryEntry } from '../../../shared/model/ops';
import type { HistoryStacks, JournalEntry } from '../../../shared/model/project-file';

/**
 * The undo and redo stacks: what an edit, an undo and a redo do to them, live and when the
 * journal is replayed (so they survive a restart), bounded to the newest `limit` steps.
 */
export class UndoHistory {
  private undoStack: HistoryEntry[];
  private redoStack: HistoryEntry[];

  constructor(
    stacks: HistoryStacks,
    private readonly limit: number,
  ) {
    this.undoStack = [...stacks.undo];
    this.redoStack = [...stacks.redo];
  }

  status(): HistoryStatus {
    return {
      undo: this.undoStack.at(-1)?.label ?? null,
      redo: this.redoStack.at(-1)?.label ?? null,
    };
  }

  /** The step an undo would take back, if any. */
  nextUndo(): HistoryEntry | undefined {
    return this.undoStack.at(-1);
  }

  /** The step a redo would do again, if any. */
  nextRedo(): HistoryEntry | undefined {
    return this.redoStack.at(-1);
  }

  /** A new edit: it can be undone, and nothing undone before can be redone. */
  edited(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack = [];
  }

  /** The newest step was undone. */
  undone(): void {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
  }

  /** The newest undone step was done again. */
  redone(): void {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push(entry);
  }

  /** A journal line replayed at open, with the inverse its ops had on the state. */
  replayed(entry: JournalEntry, inverse: HistoryEntry['inverse']): void {
    if (entry.kind === 'edit') this.edited({ label: entry.label, ops: entry.ops, inverse });
    else if (entry.kind === 'undo') this.undone();
    else if (entry.kind === 'redo') this.redone();
    // A system edit touches nothing an undo step could reach: the stacks stay as they are.
  }

  /** After lost edits (a damaged journal line) no step may reach back across them. */
  forget(): void {
    this.undoStack = [];
    this.redoStack = [];
  }

  /** The stacks as the snapshot keeps them. */
  stacks(): HistoryStacks {
    return { undo: [...this.undoStack], redo: [...this.redoStack] };
  }
}
