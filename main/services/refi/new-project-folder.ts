import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FyndError } from '../../../shared/errors';
import { newId } from '../../../shared/model/primitives';
import type { Notice } from '../../../shared/notices';
import { exists } from '../store/open-checks';
import { SNAPSHOT_FILE } from '../store/project-store';
import { writeProjectFolder, type BuiltProject } from '../store/project-folder-writer';

/**
 * Writes a built project as a new project folder with no half-made state: into a temporary
 * folder beside it, renamed into place when all is on disk. A folder that already holds other
 * files (but no project) is written in place, project.json last, so it is a project only once
 * complete. A folder that holds a project is refused.
 */
export async function writeNewProjectFolder(dir: string, built: BuiltProject): Promise<Notice[]> {
  if (await exists(join(dir, SNAPSHOT_FILE))) {
    throw new FyndError('folderNotEmpty', 'This folder already holds a project.json.', { dir });
  }
  const present = await readdir(dir).catch(() => null);
  if (present && present.length > 0) return writeProjectFolder(dir, built);
  await mkdir(dirname(dir), { recursive: true });
  const temp = join(dirname(dir), `.${basename(dir)}.import-${newId()}`);
  try {
    const notices = await writeProjectFolder(temp, built);
    if (present) await rmdir(dir);
    await rename(temp, dir);
    return notices;
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
