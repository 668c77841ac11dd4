import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { diskError } from '../store/disk-errors';
import { SNAPSHOT_FILE } from '../store/project-store';
import { buildDemoProject } from './build-demo-project';
import { writeProjectFolder } from '../store/project-folder-writer';

/*
 * The user's copies of the demo project, one folder each in <userData>/demo/. A copy is the
 * user's work as soon as it is opened, so nothing here ever removes or overwrites one: a new
 * copy always gets a folder of its own.
 */

const PREFIX = 'Kompetenslyftet-';
const SUFFIX = '.fynd';
/** Copies made within the same millisecond get the next free one (rare: a double click). */
const NAME_ATTEMPTS = 1000;

/** The copies in `folder` that hold a project, oldest first (their names sort by time). */
export async function demoCopies(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (isCode(error, 'ENOENT', 'ENOTDIR')) return [];
    throw diskError(error);
  }
  const copies: string[] = [];
  for (const name of names.filter((n) => n.startsWith(PREFIX) && n.endsWith(SUFFIX)).sort()) {
    // A copy whose writing was cut short has no project.json: never opened, so nobody's work.
    if (await exists(join(folder, name, SNAPSHOT_FILE))) copies.push(join(folder, name));
  }
  return copies;
}

/** The copy "Open the demo" reopens: the newest, or null when there is none. */
export async function newestDemoCopy(folder: string): Promise<string | null> {
  return (await demoCopies(folder)).at(-1) ?? null;
}

/** Writes a fresh copy of the demo into a new folder of its own beside the others; its path. */
export async function writeDemoCopy(folder: string, now = new Date()): Promise<string> {
  try {
    await mkdir(folder, { recursive: true });
    const dir = await claimFolder(folder, now);
    await writeProjectFolder(dir, buildDemoProject());
    return dir;
  } catch (error) {
    throw diskError(error);
  }
}

/** Creates a folder no one else has, named by time; mkdir refuses a name already taken. */
async function claimFolder(folder: string, now: Date): Promise<string> {
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    const dir = join(folder, `${PREFIX}${stamp(new Date(now.getTime() + attempt))}${SUFFIX}`);
    try {
      await mkdir(dir);
      return dir;
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
    }
  }
  throw new Error(`No free name for a demo copy in ${folder}.`);
}

/** A time as a file name part that sorts as the time does: 2026-12-01T09-30-00-000Z. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
