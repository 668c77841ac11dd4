import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import type { HistoryStatus, Mutation } from '../../../shared/contract';
import { FyndError } from '../../../shared/errors';
import type { ProjectMeta } from '../../../shared/model/entities';
import type { ActionLabel, Op } from '../../../shared/model/ops';
import {
  PROJECT_FORMAT,
  SCHEMA_VERSION,
  type JournalEntry,
  type ProjectFile,
} from '../../../shared/model/project-file';
import type { ProjectData } from '../../../shared/model/project-data';
import { ProjectState } from '../../../shared/model/project-state';
import { notice, type Notice } from '../../../shared/notices';
import { backupIfChanged, backupSnapshot, isBackupName, BACKUP_FOLDER } from './backups';
import { keepOlderFormatAside } from './older-format';
import { writeFileDurably } from './durable-file';
import { diskError, writeError } from './disk-errors';
import { faultPoint } from './fault-points';
import { removeCrashLeftovers, setAsideLeftoverJournal } from './folder-hygiene';
import { fileStamp, Journal, type JournalReadResult } from './journal';
import {
  assertSnapshotThere,
  emptyFile,
  exists,
  journalNotices,
  readSnapshot,
  referenceNotices,
  sourceTextNotices,
} from './open-checks';
import { ProjectLock, type AcquireOptions } from './project-lock';
import { SerialQueue } from './serial-queue';
import { parseSnapshot, snapshotDb, SnapshotAdapter } from './snapshot-file';
import { checkSourceTexts } from './source-integrity';
import { SourceTexts } from './source-texts';
import { UndoHistory } from './undo-history';

export const SNAPSHOT_FILE = 'project.json';

export interface StoreOptions {
  /** Compact the snapshot once this many edits wait in the journal. */
  compactAfterEntries: number;
  /** Compact after this long without edits. */
  compactIdleMs: number;
  /** Copy the snapshot to backups/ at most this often while editing (and on open when changed). */
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

/** A store just opened or created, and what the user should know about it. */
export interface OpenedStore {
  store: ProjectStore;
  notices: Notice[];
}

/** A function that turns the current state into the ops of one user action. */
export type ActionBuilder = (state: ProjectState) => { ops: Op[]; id?: string };

/**
 * One open project folder: the in-memory state, the journal every edit is fsynced to before it
 * is acknowledged, the lowdb snapshot compacted in the background, backups, and undo/redo.
 */
export class ProjectStore {
  readonly texts: SourceTexts;
  private readonly queue = new SerialQueue();
  private readonly history: UndoHistory;
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
    this.history = new UndoHistory(file.history, options.historyLimit);
    this.seqValue = file.seq;
    this.snapshotSeq = file.seq;
  }

  get seq(): number {
    return this.seqValue;
  }

  /**
   * Creates a new project in a folder without one. A journal left there by an earlier project is
   * moved aside (and said), so its edits are never replayed into the new project.
   */
  static async create(
    dir: string,
    meta: ProjectMeta,
    options: StoreOptions = defaultStoreOptions,
  ): Promise<OpenedStore> {
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw diskError(error);
    });
    const lock = await ProjectLock.acquire(dir).catch((error: unknown) => {
      throw diskError(error);
    });
    try {
      const snapshotPath = join(dir, SNAPSHOT_FILE);
      if (await exists(snapshotPath)) {
        throw new FyndError('folderNotEmpty', 'This folder already holds a project.json.', { dir });
      }
      await removeCrashLeftovers(dir);
      const notices = await setAsideLeftoverJournal(dir);
      const file = emptyFile(meta);
      const db = snapshotDb(snapshotPath, file);
      await db.write();
      const journal = new Journal(dir);
      await journal.read(file.seq);
      return { store: new ProjectStore(dir, file, db, journal, lock, options), notices };
    } catch (error) {
      await lock.release().catch(() => undefined);
      throw diskError(error);
    }
  }

  /** Opens a project folder: snapshot, migrations, journal replay, checks, a backup if changed. */
  static async open(
    dir: string,
    options: StoreOptions = defaultStoreOptions,
    access: AcquireOptions = {},
  ): Promise<OpenedStore> {
    await assertSnapshotThere(dir);
    const lock = await ProjectLock.acquire(dir, access).catch((error: unknown) => {
      throw diskError(error);
    });
    try {
      return await ProjectStore.openLocked(dir, lock, options);
    } catch (error) {
      await lock.release().catch(() => undefined);
      throw diskError(error);
    }
  }

  /**
   * Replaces a damaged project.json by a backup. The damaged bytes are copied aside first and
   * the backup then renamed over project.json, so a crash at any moment leaves a project.json.
   */
  static async restoreBackup(
    dir: string,
    backup: string,
    options: StoreOptions = defaultStoreOptions,
  ): Promise<OpenedStore> {
    if (!isBackupName(backup))
      throw new FyndError('invalidInput', 'Not a backup name.', { backup });
    const lock = await ProjectLock.acquire(dir).catch((error: unknown) => {
      throw diskError(error);
    });
    try {
      const snapshotPath = join(dir, SNAPSHOT_FILE);
      const content = await readFile(join(dir, BACKUP_FOLDER, backup), 'utf8');
      parseSnapshot(content);
      if (await exists(snapshotPath)) {
        await writeFileDurably(
          `${snapshotPath}.corrupt-${fileStamp()}`,
          await readFile(snapshotPath),
        );
      }
      await faultPoint('restore.afterAside');
      await writeFileDurably(snapshotPath, content);
      await faultPoint('restore.afterWrite');
      const opened = await ProjectStore.openLocked(dir, lock, options);
      opened.notices.push(notice('notice.restoredBackup'));
      return opened;
    } catch (error) {
      await lock.release().catch(() => undefined);
      throw diskError(error);
    }
  }

  private static async openLocked(
    dir: string,
    lock: ProjectLock,
    options: StoreOptions,
  ): Promise<OpenedStore> {
    const snapshotPath = join(dir, SNAPSHOT_FILE);
    // The lock is ours: temp files here are a crash's leftovers.
    await removeCrashLeftovers(dir);
    const adapter = new SnapshotAdapter(snapshotPath);
    const file = await readSnapshot(adapter, dir);
    const notices: Notice[] = [];
    const db = snapshotDb(snapshotPath, file);
    if (adapter.lastFromVersion < SCHEMA_VERSION) {
      await keepOlderFormatAside(dir, adapter.lastFromVersion);
      await faultPoint('upgrade.afterAside');
      await backupSnapshot(dir, snapshotPath, file.seq);
      // The new snapshot names every coder the journal after it holds, so from here on its
      // lines (upgraded as they are read) replay onto it, before or after a crash.
      await db.write();
      await faultPoint('upgrade.afterSnapshot');
      notices.push(notice('notice.migrated'));
    }
    const journal = new Journal(dir);
    const read = await journal.read(file.seq);
    notices.push(...journalNotices(read));
    const store = new ProjectStore(dir, file, db, journal, lock, options);
    store.replayJournal(read);
    notices.push(...referenceNotices(store.state));
    const { sources } = store.state.data();
    // The texts are read while the snapshot is written and backed up: both mostly wait on disk.
    const [textProblems] = await Promise.all([
      checkSourceTexts(dir, sources),
      (async () => {
        if (read.entries.length > 0) await store.compact();
        await backupIfChanged(dir, snapshotPath, store.seq);
      })(),
    ]);
    store.texts.markProblems(textProblems);
    notices.push(...sourceTextNotices(sources, textProblems));
    return { store, notices };
  }

  historyStatus(): HistoryStatus {
    return this.history.status();
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
      this.history.edited({ label, ops, inverse });
      return this.mutation(ops, id);
    });
  }

  /**
   * An edit Fynd makes by itself (the current user joining the project's users): journaled like
   * any edit, but no undo step, and the redo stack stays, so the user's own history is unchanged.
   */
  commitSystem(label: ActionLabel, build: ActionBuilder): Promise<Mutation> {
    return this.queue.run(async () => {
      this.assertOpen();
      const { ops, id } = build(this.state);
      if (ops.length > 0) await this.persist('system', label, ops);
      return this.mutation(ops, id);
    });
  }

  undo(): Promise<Mutation> {
    return this.queue.run(async () => {
      this.assertOpen();
      const entry = this.history.nextUndo();
      if (!entry) throw new FyndError('nothingToUndo', 'Nothing to undo.');
      await this.persist('undo', entry.label, entry.inverse);
      this.history.undone();
      return this.mutation(entry.inverse);
    });
  }

  redo(): Promise<Mutation> {
    return this.queue.run(async () => {
      this.assertOpen();
      const entry = this.history.nextRedo();
      if (!entry) throw new FyndError('nothingToRedo', 'Nothing to redo.');
      await this.persist('redo', entry.label, entry.ops);
      this.history.redone();
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
        // The data of one committed moment, taken in the commit queue: never an edit applied
        // in memory whose journal line is still being written (it could yet fail).
        const file = await this.queue.run(async () => {
          await this.lock.assertHeld();
          return this.snapshotFile();
        });
        this.db.data = file;
        await this.db.write();
        this.snapshotSeq = file.seq;
        await this.queue.run(() => this.journal.trim(file.seq));
        if (Date.now() - this.lastBackup >= this.options.backupEveryMs) {
          this.lastBackup = Date.now();
          await backupIfChanged(this.dir, join(this.dir, SNAPSHOT_FILE), file.seq);
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
    // A project taken over by another Fynd is theirs now: write nothing more.
    const held = await this.lock.assertHeld().then(
      () => true,
      () => false,
    );
    if (held) await this.compact();
    await this.journal.close();
    await this.lock.release();
  }

  private async persist(kind: JournalEntry['kind'], label: ActionLabel, ops: Op[]): Promise<Op[]> {
    await this.lock.assertHeld();
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

  /** Replays what the journal holds; undo history starts again after a damaged stretch. */
  private replayJournal(read: JournalReadResult): void {
    const damageBefore = new Set(read.damaged.map((span) => span.beforeEntry));
    read.entries.forEach((entry, index) => {
      // An undo step could reach back across edits that were lost: none is offered.
      if (damageBefore.has(index)) this.history.forget();
      this.history.replayed(entry, this.state.apply(entry.ops));
      this.seqValue = entry.seq;
    });
    if (damageBefore.has(read.entries.length)) this.history.forget();
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
      history: this.history.stacks(),
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
