import { copyFile, open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalEntry } from '../../../shared/model/project-file';
import { isCode, syncFolder, writeFileDurably } from './durable-file';
import { faultPoint } from './fault-points';
import { hasChecksum, journalLine, parseJournalLine } from './journal-lines';

export const JOURNAL_FILE = 'journal.jsonl';

/** Damaged lines in the middle of the journal: what was lost there and what followed intact. */
export interface DamagedSpan {
  /** Their line numbers in journal.jsonl (1-based); empty when lines are missing altogether. */
  lines: number[];
  /** The first and last seq of the edits lost with them. */
  firstSeq: number;
  lastSeq: number;
  /** Intact edits after them, still applied. */
  laterEdits: number;
  /** The index in `entries` the damage lies before: undo history cannot reach across it. */
  beforeEntry: number;
}

export interface JournalReadResult {
  /** Intact entries after the snapshot's seq, in order (seqs lost to damage are skipped). */
  entries: JournalEntry[];
  /** A torn or invalid last line was dropped (never acknowledged, or damaged). */
  droppedTail: boolean;
  /** Damaged lines before intact ones: reported exactly; the intact ones are applied. */
  damaged: DamagedSpan[];
  /** Entries that could not follow the snapshot (a gap at the start): kept aside, not applied. */
  orphaned: boolean;
  /** Where the original bytes were kept, when anything was dropped. */
  keptAs?: string;
}

/**
 * The append-only log of edits since the last snapshot. Each append is fsynced before it
 * returns, which is when the edit is acknowledged: O(1) whatever the project's size.
 */
export class Journal {
  private handle: FileHandle | null = null;
  private broken = false;
  /** Bytes in the file after the last good append: a failed append is cut back to this. */
  private size = 0;
  /** Lines written since the snapshot, so the journal can be trimmed without rereading it. */
  private pending: { seq: number; line: string }[] = [];

  constructor(private readonly dir: string) {}

  get path(): string {
    return join(this.dir, JOURNAL_FILE);
  }

  /** Reads entries newer than `afterSeq` and rewrites the file without damaged lines. */
  async read(afterSeq: number): Promise<JournalReadResult> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) {
        return { entries: [], droppedTail: false, damaged: [], orphaned: false };
      }
      throw error;
    }
    const result = parseJournal(raw, afterSeq);
    this.pending = result.entries.map((entry) => ({ seq: entry.seq, line: journalLine(entry) }));
    if (result.droppedTail || result.orphaned || result.damaged.length > 0) {
      // Keep the original bytes for inspection before the journal is rewritten.
      result.keptAs = `${JOURNAL_FILE}.damaged-${fileStamp()}`;
      await copyFile(this.path, join(this.dir, result.keptAs));
    }
    await this.rewrite();
    return result;
  }

  /** Appends one entry and makes it durable. */
  async append(entry: JournalEntry): Promise<void> {
    const line = journalLine(entry);
    // After a failed append the file may end in a torn line: rewrite it from memory first.
    if (this.broken) await this.rewrite();
    const bytes = Buffer.from(`${line}\n`, 'utf8');
    try {
      const handle = await this.openHandle();
      await handle.write(bytes);
      await faultPoint('journal.beforeSync');
      await handle.datasync();
    } catch (error) {
      this.broken = true;
      await this.cutBack();
      throw error;
    }
    this.size += bytes.length;
    this.pending.push({ seq: entry.seq, line });
  }

  /** Drops entries the snapshot now holds (seq ≤ `throughSeq`), keeping any newer ones. */
  async trim(throughSeq: number): Promise<void> {
    this.pending = this.pending.filter((p) => p.seq > throughSeq);
    await this.rewrite();
  }

  async close(): Promise<void> {
    // A journal that failed its last append is rewritten from memory before it is let go.
    if (this.broken) await this.rewrite().catch(() => undefined);
    await this.closeHandle();
  }

  /**
   * A failed append must not come back after a restart as an edit the user was told was not
   * saved: cut the file back to its last good length (best effort; a rewrite follows anyway).
   */
  private async cutBack(): Promise<void> {
    try {
      const handle = await this.openHandle();
      await handle.truncate(this.size);
      await handle.datasync();
    } catch {
      // The disk refuses even this: the next append or close rewrites the journal from memory.
    }
  }

  private async rewrite(): Promise<void> {
    await this.closeHandle();
    const content = this.pending.map((p) => `${p.line}\n`).join('');
    await writeFileDurably(this.path, content);
    this.size = Buffer.byteLength(content, 'utf8');
    this.broken = false;
  }

  private async closeHandle(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }

  private async openHandle(): Promise<FileHandle> {
    if (!this.handle) {
      this.handle = await open(this.path, 'a', 0o600);
      await syncFolder(this.dir);
    }
    return this.handle;
  }
}

/**
 * Parses journal text: the intact entries after `afterSeq`. A bad last line is a torn write,
 * dropped. Bad lines before intact ones are damage: reported with the seqs lost and the edits
 * after them, which are still applied (an edit's ops are whole-entity puts and deletes). A gap
 * right after the snapshot means the journal does not belong to it: nothing is applied. Pure,
 * so read-only tools can use it.
 */
export function parseJournal(raw: string, afterSeq: number): JournalReadResult {
  const lines = raw.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const checksummed = lines.some(hasChecksum);
  const parsed = lines.map((line) => parseJournalLine(line, checksummed));
  let end = parsed.length;
  const droppedTail = end > 0 && parsed[end - 1] === null;
  if (droppedTail) end--;

  const entries: JournalEntry[] = [];
  const damaged: DamagedSpan[] = [];
  let expected = afterSeq + 1;
  let bad: number[] = [];
  for (let i = 0; i < end; i++) {
    const entry = parsed[i];
    if (!entry) {
      bad.push(i + 1);
      continue;
    }
    if (entry.seq < expected) {
      // Already in the snapshot; so were any damaged lines before it.
      if (entry.seq <= afterSeq) bad = [];
      continue;
    }
    if (entry.seq > expected) {
      if (bad.length === 0 && entries.length === 0) {
        return { entries: [], droppedTail, damaged: [], orphaned: true };
      }
      damaged.push({
        lines: bad,
        firstSeq: expected,
        lastSeq: entry.seq - 1,
        laterEdits: 0,
        beforeEntry: entries.length,
      });
    }
    bad = [];
    entries.push(entry);
    expected = entry.seq + 1;
  }
  if (bad.length > 0) {
    damaged.push({
      lines: bad,
      firstSeq: expected,
      lastSeq: expected + bad.length - 1,
      laterEdits: 0,
      beforeEntry: entries.length,
    });
  }
  for (const span of damaged) span.laterEdits = entries.length - span.beforeEntry;
  return { entries, droppedTail, damaged, orphaned: false };
}

/** A timestamp safe in file names on every OS. */
export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
