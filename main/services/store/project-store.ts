import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import type { HistoryStatus, Mutation } from '../../../shared/contract';
import { FyndError } from '../../../shared/errors';
import type { ProjectMeta } from '../../../shared/model/entities';
import type { ActionLabel, HistoryEntry, Op } from '../../../shared/model/ops';
import {
  PROJECT_FORMAT,
  SCHEMA_VERSION,
  type JournalEntry,
  type ProjectFile,
} from '../../../shared/model/project-file';
import type { ProjectData } from '../../../shared/model/project-data';
import { ProjectState } from '../../../shared/model/project-state';
import { backupSnapshot, isBackupName, listGoodBackups, BACKUP_FOLDER } from './backups';
import { writeFileDurably } from './durable-file';
import { diskError, writeError } from './disk-errors';
import { fileStamp, Journal } from './journal';
import { ProjectLock } from './project-lock';
import { SerialQueue } from './serial-queue';
import { snapshotDb, SnapshotAdapter } from './snapshot-file';
import { SourceTexts } from './source-texts';

export const SNAPSHOT_FILE = 'project.json';

export interface StoreOptions {
  /** Compact the snapshot once this many edits wait in the journal. */
  compactAfterEntries: number;
  /** Compact after this long without edits. */
  compactIdleMs: number;
  /** Copy the snapshot to backups/ at most this often while editing (and always on open). */
  backupEveryMs: number;
  /** Undo steps kept (also across restarts). */
  historyLimit: number;
}

export const defaultStoreOptions: StoreOptions = {
  compactAfterEntries: 500,
  compactIdleMs: 2000,
  backupEveryMs: 10 * 60 * 1000,
  historyLimit: 200,
};

/** A function that turns the current state into the ops of one user action. */
export type ActionBuilder = (state: ProjectState) => { ops: Op[]; id?: string };

/**
 * One open project folder: the in-memory state, the journal every edit is fsynced to before it
 * is acknowledged, the lowdb snapshot compacted in the background, backups, and undo/redo.
 */
export class ProjectStore {
  readonly texts: SourceTexts;
  private readonly queue = new SerialQueue();
  private undoStack: HistoryEntry[];
  private redoStack: HistoryEntry[];
  private seqValue: number;
  private snapshotSeq: number;
  private compaction: Promise<void> | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private lastBackup = Date.now();
  private closed = false;

  readonly state: ProjectState;

  private constructor(
    readonly dir: string,
    file: ProjectFile,
    private readonly db: Low<ProjectFile>,
    private readonly journal: Journal,
    private readonly lock: ProjectLock,
    private readonly options: StoreOptions,
  ) {
    // Arrays change in place here: no copy of a 50,000-coding list per edit (see ProjectState).
    this.state = new ProjectState(file.data, { copyOnWrite: false });
    this.texts = new SourceTexts(dir);
    this.undoStack = [...file.history.undo];
    this.redoStack = [...file.history.redo];
    this.seqValue = file.seq;
    this.snapshotSeq = file.seq;
  }

  get seq(): number {
    return this.seqValue;
  }

  /** Creates a new project in an empty folder (or one without a project.json). */
  static async create(
    dir: string,
    meta: ProjectMeta,
    options: StoreOptions = defaultStoreOptions,
  ): Promise<ProjectStore> {
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw diskError(error);
    });
    const snapshotPath = join(dir, SNAPSHOT_FILE);
    if (await exists(snapshotPath)) {
      throw new FyndError('folderNotEmpty', 'This folder already holds a project.json.', { dir });
    }
    const file = emptyFile(meta);
    try {
      const lock = await ProjectLock.acquire(dir);
      const db = snapshotDb(snapshotPath, file);
      await db.write();
      const journal = new Journal(dir);
      await journal.read(file.seq);
      return new ProjectStore(dir, file, db, journal, lock, options);
    } catch (error) {
      throw diskError(error);
    }
  }

  /** Opens a project folder: snapshot, migrations, journal replay, a backup. */
  static async open(
    dir: string,
    options: StoreOptions = defaultStoreOptions,
  ): Promise<{ store: ProjectStore; notices: string[] }> {
    const snapshotPath = join(dir, SNAPSHOT_FILE);
    if (!(await exists(snapshotPath))) {
      throw new FyndError('projectNotFound', 'No Fynd project in this folder.', { dir });
    }
    const lock = await ProjectLock.acquire(dir).catch((error: unknown) => {
      throw diskError(error);
    });
    try {
      const adapter = new SnapshotAdapter(snapshotPath);
      const file = await readSnapshot(adapter, dir);
      const notices: string[] = [];
      const db = snapshotDb(snapshotPath, file);
      if (adapter.lastFromVersion < SCHEMA_VERSION) {
        await backupSnapshot(dir, snapshotPath, file.seq);
        await db.write();
        notices.push('notice.migrated');
      }
      const journal = new Journal(dir);
      const read = await journal.read(file.seq);
      if (read.droppedTail) notices.push('notice.droppedTail');
      if (read.orphaned) notices.push('notice.orphanedJournal');
      const store = new ProjectStore(dir, file, db, journal, lock, options);
      for (const entry of read.entries) store.replay(entry);
      if (read.entries.length > 0) await store.compact();
      await backupSnapshot(dir, snapshotPath, store.seq);
      return { store, notices };
    } catch (error) {
      await lock.release().catch(() => undefined);
      throw diskError(error);
    }
  }

  /** Replaces a damaged project.json by a backup, keeping the damaged bytes beside it. */
  static async restoreBackup(
    dir: string,
    backup: string,
    options: StoreOptions = defaultStoreOptions,
  ): Promise<{ store: ProjectStore; notices: string[] }> {
    if (!isBackupName(backup))
      throw new FyndError('invalidInput', 'Not a backup name.', { backup });
    const snapshotPath = join(dir, SNAPSHOT_FILE);
    const content = await readFile(join(dir, BACKUP_FOLDER, backup));
    if (await exists(snapshotPath)) {
      await rename(snapshotPath, `${snapshotPath}.corrupt-${fileStamp()}`);
    }
    await writeFileDurably(snapshotPath, content);
    const opened = await ProjectStore.open(dir, options);
    opened.notices.push('notice.restoredBackup');
    return opened;
  }

  historyStatus(): HistoryStatus {
    return {
      undo: this.undoStack.at(-1)?.label ?? null,
      redo: this.redoStack.at(-1)?.label ?? null,
    };
  }

  data(): ProjectData {
    return this.state.data();
  }

  /**
   * Runs one user action: builds its ops from the latest state, applies them, appends them to
   * the journal and fsyncs, and only then answers. A failed write reverts the memory state.
   */
  commit(label: ActionLabel, build: ActionBuilder): Promise<Mutation> {
    return this.queue.run(async () => {
      this.assertOpen();
      const { ops, id } = build(this.state);
      if (ops.length === 0) return this.mutation([], id);
      const inverse = await this.persist('edit', label, ops);
      this.undoStack.push({ label, ops, inverse });
      if (this.undoStack.length > this.options.historyLimit) this.undoStack.shift();
      this.redoStack = [];
      return this.mutation(ops, id);
    });
  }

  undo(): Promise<Mutation> {
    return this.queue.run(async () => {
      this.assertOpen();
      const entry = this.undoStack.at(-1);
      if (!entry) throw new FyndError('nothingToUndo', 'Nothing to undo.');
      await this.persist('undo', entry.label, entry.inverse);
      this.undoStack.pop();
      this.redoStack.push(entry);
      return this.mutation(entry.inverse);
    });
  }

  redo(): Promise<Mutation> {
    return this.queue.run(async () => {
      this.assertOpen();
      const entry = this.redoStack.at(-1);
      if (!entry) throw new FyndError('nothingToRedo', 'Nothing to redo.');
      await this.persist('redo', entry.label, entry.ops);
      this.redoStack.pop();
      this.undoStack.push(entry);
      return this.mutation(entry.ops);
    });
  }

  /** Writes the snapshot now and trims the journal it makes redundant. */
  async compact(): Promise<void> {
    // One compaction at a time; one asked for during another runs after it, on newer edits.
    while (this.compaction) await this.compaction;
    if (this.seqValue === this.snapshotSeq) return;
    this.compaction = (async () => {
      try {
        const seq = this.seqValue;
        this.db.data = this.snapshotFile();
        await this.db.write();
        this.snapshotSeq = seq;
        await this.queue.run(() => this.journal.trim(seq));
        if (Date.now() - this.lastBackup >= this.options.backupEveryMs) {
          this.lastBackup = Date.now();
          await backupSnapshot(this.dir, join(this.dir, SNAPSHOT_FILE), seq);
        }
      } finally {
        this.compaction = null;
      }
    })();
    return this.compaction;
  }

  /** Waits for pending edits, writes the snapshot and lets go of the folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.idle();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    await this.compaction;
    await this.compact();
    await this.journal.close();
    await this.lock.release();
  }

  private async persist(kind: JournalEntry['kind'], label: ActionLabel, ops: Op[]): Promise<Op[]> {
    const inverse = this.state.apply(ops);
    const entry: JournalEntry = {
      seq: this.seqValue + 1,
      at: new Date().toISOString(),
      kind,
      label,
      ops,
    };
    try {
      await this.journal.append(entry);
    } catch (error) {
      this.state.apply(inverse);
      throw writeError(error);
    }
    this.seqValue = entry.seq;
    this.scheduleCompaction();
    return inverse;
  }

  private replay(entry: JournalEntry): void {
    const inverse = this.state.apply(entry.ops);
    this.seqValue = entry.seq;
    if (entry.kind === 'edit') {
      this.undoStack.push({ label: entry.label, ops: entry.ops, inverse });
      if (this.undoStack.length > this.options.historyLimit) this.undoStack.shift();
      this.redoStack = [];
    } else if (entry.kind === 'undo') {
      const undone = this.undoStack.pop();
      if (undone) this.redoStack.push(undone);
    } else {
      const redone = this.redoStack.pop();
      if (redone) this.undoStack.push(redone);
    }
  }

  private scheduleCompaction(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.seqValue - this.snapshotSeq >= this.options.compactAfterEntries) {
      void this.compact().catch(() => undefined);
      return;
    }
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      // A failed background compaction loses nothing: the journal still holds every edit.
      void this.compact().catch(() => undefined);
    }, this.options.compactIdleMs);
    this.idleTimer.unref();
  }

  private snapshotFile(): ProjectFile {
    return {
      format: PROJECT_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      seq: this.seqValue,
      saved: new Date().toISOString(),
      data: this.state.data(),
      history: { undo: [...this.undoStack], redo: [...this.redoStack] },
    };
  }

  private mutation(ops: Op[], id?: string): Mutation {
    const result: Mutation = { seq: this.seqValue, ops, history: this.historyStatus() };
    if (id !== undefined) result.id = id;
    return result;
  }

  private assertOpen(): void {
    if (this.closed) throw new FyndError('noProjectOpen', 'The project is closed.');
  }
}

function emptyFile(meta: ProjectMeta): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    seq: 0,
    saved: new Date().toISOString(),
    data: {
      project: meta,
      cases: [],
      respondents: [],
      sources: [],
      themes: [],
      codings: [],
      memos: [],
      findings: [],
      recommendations: [],
      questions: [],
      pseudonyms: [],
      syntheses: [],
    },
    history: { undo: [], redo: [] },
  };
}

async function readSnapshot(adapter: SnapshotAdapter, dir: string): Promise<ProjectFile> {
  try {
    const file = await adapter.read();
    if (!file) throw new FyndError('projectNotFound', 'No Fynd project in this folder.', { dir });
    return file;
  } catch (error) {
    if (error instanceof FyndError && error.code === 'projectCorrupt') {
      const backups = await listGoodBackups(dir);
      throw new FyndError('projectCorrupt', error.message, error.params, backups);
    }
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
