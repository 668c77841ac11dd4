import { hostname } from 'node:os';
import { join } from 'node:path';
import { open, readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import { FyndError } from '../../../shared/errors';
import { isCode, writeFileDurably } from './durable-file';

export const LOCK_FILE = 'fynd.lock';

const LockSchema = z.object({ pid: z.number().int(), host: z.string(), since: z.string() });

/**
 * One Fynd per project folder. A lock left by a process that no longer runs on this machine is
 * taken over; a live one gives a clear message instead of two writers on one journal.
 */
export class ProjectLock {
  private constructor(private readonly path: string) {}

  static async acquire(dir: string): Promise<ProjectLock> {
    const path = join(dir, LOCK_FILE);
    const body = JSON.stringify({
      pid: process.pid,
      host: hostname(),
      since: new Date().toISOString(),
    });
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(body);
      await handle.sync();
      await handle.close();
      return new ProjectLock(path);
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
    }
    const holder = await readHolder(path);
    if (holder && holder.host === hostname() && holder.pid !== process.pid && isAlive(holder.pid)) {
      throw new FyndError('projectLocked', 'The project is open in another Fynd window.', {
        pid: holder.pid,
      });
    }
    if (holder && holder.host !== hostname()) {
      throw new FyndError('projectLocked', `The project is open on ${holder.host}.`, {
        host: holder.host,
      });
    }
    // A stale or unreadable lock: nobody holds it any more.
    await writeFileDurably(path, body);
    return new ProjectLock(path);
  }

  async release(): Promise<void> {
    const holder = await readHolder(this.path);
    if (holder?.pid === process.pid) await rm(this.path, { force: true });
  }
}

async function readHolder(path: string): Promise<z.infer<typeof LockSchema> | null> {
  try {
    const parsed = LockSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isCode(error, 'EPERM');
  }
}
