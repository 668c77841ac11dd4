import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FyndError } from '../../../shared/errors';
import type { ProjectFile } from '../../../shared/model/project-file';
import type { Notice } from '../../../shared/notices';
import { writeFileDurably } from './durable-file';
import { removeCrashLeftovers, setAsideLeftoverJournal } from './folder-hygiene';
import { exists } from './open-checks';
import { ProjectLock } from './project-lock';
import { SNAPSHOT_FILE } from './project-store';
import { SOURCES_FOLDER } from './source-texts';

/** A whole project made outside the store (the demo, a benchmark, an import): snapshot and texts. */
export interface BuiltProject {
  file: ProjectFile;
  texts: Map<string, string>;
}

/**
 * Writes a built project into a folder that holds none: under the folder's lock, a journal left
 * there set aside (never replayed into it), the texts first and project.json last, so the
 * project exists only once all of it is on disk. What the user should know is returned.
 */
export async function writeProjectFolder(dir: string, built: BuiltProject): Promise<Notice[]> {
  await mkdir(dir, { recursive: true });
  const lock = await ProjectLock.acquire(dir);
  try {
    if (await exists(join(dir, SNAPSHOT_FILE))) {
      throw new FyndError('folderNotEmpty', 'This folder already holds a project.json.', { dir });
    }
    await removeCrashLeftovers(dir);
    const notices = await setAsideLeftoverJournal(dir);
    await mkdir(join(dir, SOURCES_FOLDER), { recursive: true });
    for (const [id, text] of built.texts) {
      await writeFileDurably(join(dir, SOURCES_FOLDER, `${id}.txt`), text);
    }
    await writeFileDurably(join(dir, SNAPSHOT_FILE), JSON.stringify(built.file));
    return notices;
  } finally {
    await lock.release();
  }
}
