import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  RecentProjectSchema,
  type RecentEntry,
  type RecentProject,
  type RecentStatus,
} from '../../shared/contract';
import { writeFileDurably } from './store/durable-file';
import { SNAPSHOT_FILE } from './store/project-store';

const RecentFileSchema = z.object({ projects: z.array(RecentProjectSchema) });
const KEPT = 12;

/** The start screen's list of recently opened projects, kept in the user data folder. */
export class RecentProjects {
  constructor(private readonly userDataDir: string) {}

  private get path(): string {
    return join(this.userDataDir, 'recent-projects.json');
  }

  async list(): Promise<RecentProject[]> {
    try {
      const parsed = RecentFileSchema.safeParse(JSON.parse(await readFile(this.path, 'utf8')));
      return parsed.success ? parsed.data.projects : [];
    } catch {
      // A missing or damaged list is only a convenience lost.
      return [];
    }
  }

  /** The list as the start screen shows it: each entry with whether its project is still there. */
  async entries(): Promise<RecentEntry[]> {
    const projects = await this.list();
    return Promise.all(projects.map(async (p) => ({ ...p, status: await statusOf(p.dir) })));
  }

  async remember(dir: string, name: string): Promise<void> {
    const rest = (await this.list()).filter((p) => p.dir !== dir);
    await this.save([{ dir, name, opened: new Date().toISOString() }, ...rest].slice(0, KEPT));
  }

  /** Takes an entry off the list. Only the entry: the folder and its files are never touched. */
  async forget(dir: string): Promise<void> {
    const projects = await this.list();
    const rest = projects.filter((p) => p.dir !== dir);
    if (rest.length !== projects.length) await this.save(rest);
  }

  private async save(projects: RecentProject[]): Promise<void> {
    await mkdir(this.userDataDir, { recursive: true });
    await writeFileDurably(this.path, JSON.stringify({ projects }, null, 2));
  }
}

/**
 * Whether a folder still holds a project. Only a plain "not there" counts as gone: anything
 * else (no permission, a slow disk) is left for opening to explain.
 */
async function statusOf(dir: string): Promise<RecentStatus> {
  try {
    await stat(join(dir, SNAPSHOT_FILE));
    return 'present';
  } catch (error) {
    if (!isMissing(error)) return 'present';
  }
  try {
    await stat(dir);
    return 'projectMissing';
  } catch (error) {
    return isMissing(error) ? 'folderMissing' : 'present';
  }
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof Error && 'code' in error && ['ENOENT', 'ENOTDIR'].includes(String(error.code))
  );
}
