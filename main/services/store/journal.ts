import { copyFile, open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { JournalEntrySchema, type JournalEntry } from '../../../shared/model/project-file';
import { isCode, syncFolder, writeFileDurably } from './durable-file';

export const JOURNAL_FILE = 'journal.jsonl';

export interface JournalReadResult {
  /** Valid entries after the snapshot's seq, contiguous. */
  entries: JournalEntry[];
  /** A torn or invalid tail was dropped (never acknowledged, or damaged). */
  droppedTail: boolean;
  /** Entries that could not follow the snapshot (a gap): kept aside, not applied. */
  orphaned: boolean;
}

/**
 * The append-only log of edits since the last snapshot. Each append is fsynced before it
 * returns, which is when the edit is acknowledged: O(1) whatever the project's size.
 */
export class Journal {
  private handle: FileHandle | null = null;
  private broken = false;
  /** Lines written since the snapshot, so the journal can be trimmed without rereading it. */
  private pending: { seq: number; line: string }[] = [];

  constructor(private readonly dir: string) {}

  get path(): string {
    return join(this.dir, JOURNAL_FILE);
  }

  /** Reads entries newer than `afterSeq` and rewrites the file without any damaged tail. */
  async read(afterSeq: number): Promise<JournalReadResult> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return { entries: [], droppedTail: false, orphaned: false };
      throw error;
    }
    const result = parseJournal(raw, afterSeq);
    this.pending = result.entries.map((entry, i) => ({
      seq: entry.seq,
      line: result.lines[i] ?? '',
    }));
    if (result.droppedTail || result.orphaned) {
      // Keep the original bytes for inspection before the journal is rewritten.
      await copyFile(this.path, `${this.path}.damaged-${fileStamp()}`);
    }
    await this.rewrite();
    return result;
  }

  /** Appends one entry and makes it durable. */
  async append(entry: JournalEntry): Promise<void> {
    const line = JSON.stringify(entry);
    // After a failed append the file may end in a torn line: rewrite it from memory first.
    if (this.broken) await this.rewrite();
    try {
      const handle = await this.openHandle();
      await handle.write(`${line}\n`);
      await handle.datasync();
    } catch (error) {
      this.broken = true;
      throw error;
    }
    this.pending.push({ seq: entry.seq, line });
  }

  /** Drops entries the snapshot now holds (seq ≤ `throughSeq`), keeping any newer ones. */
  async trim(throughSeq: number): Promise<void> {
    this.pending = this.pending.filter((p) => p.seq > throughSeq);
    await this.rewrite();
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }

  private async rewrite(): Promise<void> {
    await this.close();
    await writeFileDurably(this.path, this.pending.map((p) => `${p.line}\n`).join(''));
    this.broken = false;
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
 * Parses journal text: entries after `afterSeq`, contiguous, stopping at the first line that is
 * not a valid entry (a torn write) or that leaves a gap. Pure, so read-only tools can use it.
 */
export function parseJournal(
  raw: string,
  afterSeq: number,
): JournalReadResult & { lines: string[] } {
  const lines = raw.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const entries: JournalEntry[] = [];
  const kept: string[] = [];
  let droppedTail = false;
  let orphaned = false;
  let expected = afterSeq + 1;
  for (const line of lines) {
    const entry = parseLine(line);
    if (!entry) {
      droppedTail = true;
      break;
    }
    if (entry.seq < expected) continue;
    if (entry.seq > expected) {
      orphaned = true;
      break;
    }
    entries.push(entry);
    kept.push(line);
    expected++;
  }
  return { entries, lines: kept, droppedTail, orphaned };
}

function parseLine(line: string): JournalEntry | null {
  try {
    const parsed = JournalEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A timestamp safe in file names on every OS. */
export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
