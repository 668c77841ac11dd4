import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { notice, type Notice } from '../../../shared/notices';
import { BACKUP_FOLDER } from './backups';
import { isCode } from './durable-file';
import { fileStamp, JOURNAL_FILE } from './journal';
import { isProcessAlive } from './process-identity';
import { SOURCES_FOLDER } from './source-texts';

/** Temp files of durable writes (`.name.<pid>.<ms>.tmp`) and of lock handovers. */
const TEMP_FILE =
  /^\..+\.(\d+)\.\d+\.tmp$|^fynd\.lock(?:\.takeover)?\.(\d+)\.[0-9a-f-]+\.(?:tmp|aside)$/;

/**
 * Removes temporary files a crash left in the project folder, its sources and its backups.
 * Called while holding the lock; a temp file of a process that still runs is left alone.
 */
export async function removeCrashLeftovers(dir: string): Promise<number> {
  let removed = 0;
  for (const folder of [dir, join(dir, SOURCES_FOLDER), join(dir, BACKUP_FOLDER)]) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      // A folder Fynd may not read is reported by the text check, not here.
      if (isCode(error, 'ENOENT', 'ENOTDIR', 'EACCES', 'EPERM')) continue;
      throw error;
    }
    for (const name of names) {
      const match = TEMP_FILE.exec(name);
      const pid = Number(match?.[1] ?? match?.[2]);
      if (!match || isProcessAlive(pid)) continue;
      await rm(join(folder, name), { force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * A new project must not replay an old project's edits: a journal left in the folder is moved
 * aside (kept, never deleted) and the user is told where it went.
 */
export async function setAsideLeftoverJournal(dir: string): Promise<Notice[]> {
  const path = join(dir, JOURNAL_FILE);
  try {
    if ((await stat(path)).size === 0) {
      await rm(path, { force: true });
      return [];
    }
  } catch (error) {
    if (isCode(error, 'ENOENT')) return [];
    throw error;
  }
  const aside = `${JOURNAL_FILE}.leftover-${fileStamp()}`;
  await rename(path, join(dir, aside));
  return [notice('notice.leftoverJournal', { file: aside })];
}
