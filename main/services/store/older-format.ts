import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isCode, writeFileDurably } from './durable-file';
import { JOURNAL_FILE } from './journal';

/** project.json of an older format, kept as it was when the project was upgraded. */
export function olderSnapshotName(version: number): string {
  return `project.v${version}.json`;
}

/** journal.jsonl of an older format, kept as it was when the project was upgraded. */
export function olderJournalName(version: number): string {
  return `journal.v${version}.jsonl`;
}

/**
 * Copies project.json and journal.jsonl of an older format aside before the upgrade writes over
 * them (an older Fynd, or a support question, can still read them). A crash before the upgrade
 * is done leaves the old files in place, so the copies are simply made again on the next open.
 */
export async function keepOlderFormatAside(dir: string, version: number): Promise<void> {
  const pairs: [string, string][] = [
    ['project.json', olderSnapshotName(version)],
    [JOURNAL_FILE, olderJournalName(version)],
  ];
  for (const [from, to] of pairs) {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, from));
    } catch (error) {
      if (isCode(error, 'ENOENT')) continue;
      throw error;
    }
    await writeFileDurably(join(dir, to), bytes);
  }
}
