import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { RecentProjectSchema, type RecentProject } from '../../shared/contract';
import { writeFileDurably } from './store/durable-file';

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

  async remember(dir: string, name: string): Promise<void> {
    const rest = (await this.list()).filter((p) => p.dir !== dir);
    const projects = [{ dir, name, opened: new Date().toISOString() }, ...rest].slice(0, KEPT);
    await mkdir(this.userDataDir, { recursive: true });
    await writeFileDurably(this.path, JSON.stringify({ projects }, null, 2));
  }
}
