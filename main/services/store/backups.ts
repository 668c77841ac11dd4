import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileStamp } from './journal';
import { parseSnapshot } from './snapshot-file';

export const BACKUP_FOLDER = 'backups';
export const BACKUPS_KEPT = 20;

/**
 * Rotating copies of project.json. Names sort by time, so the newest is last; the oldest
 * beyond BACKUPS_KEPT are removed.
 */
export async function backupSnapshot(
  dir: string,
  snapshotPath: string,
  seq: number,
): Promise<string> {
  const folder = join(dir, BACKUP_FOLDER);
  await mkdir(folder, { recursive: true });
  const name = `project-${fileStamp()}-seq${seq}.json`;
  await copyFile(snapshotPath, join(folder, name));
  const all = await listBackups(dir);
  for (const old of all.slice(BACKUPS_KEPT)) await rm(join(folder, old), { force: true });
  return name;
}

/**
 * Backs the snapshot up unless the newest backup already holds this seq: opening a large
 * project without changing it does not copy it again.
 */
export async function backupIfChanged(
  dir: string,
  snapshotPath: string,
  seq: number,
): Promise<string | null> {
  const [newest] = await listBackups(dir);
  if (newest && backupSeq(newest) === seq) return null;
  return backupSnapshot(dir, snapshotPath, seq);
}

/** The seq a backup's name records. */
export function backupSeq(name: string): number | null {
  const match = /-seq(\d+)\.json$/.exec(name);
  return match ? Number(match[1]) : null;
}

/** Backup file names, newest first. */
export async function listBackups(dir: string): Promise<string[]> {
  try {
    const names = await readdir(join(dir, BACKUP_FOLDER));
    return names
      .filter((n) => /^project-.*\.json$/.test(n))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

/** Backups that parse as projects, newest first: what the user may restore. */
export async function listGoodBackups(dir: string): Promise<string[]> {
  const good: string[] = [];
  for (const name of await listBackups(dir)) {
    try {
      parseSnapshot(await readFile(join(dir, BACKUP_FOLDER, name), 'utf8'));
      good.push(name);
    } catch {
      // A damaged backup is no choice to offer.
    }
  }
  return good;
}

/** Whether a string is the plain file name of a backup (no path tricks). */
export function isBackupName(name: string): boolean {
  return /^project-[0-9A-Za-z-]+-seq\d+\.json$/.test(name);
}
