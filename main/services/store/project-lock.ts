import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { link, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { FyndError } from '../../../shared/errors';
import { isCode } from './durable-file';
import { isProcessAlive, processStartMark } from './process-identity';

export const LOCK_FILE = 'fynd.lock';
/** Held only while a stale lock is being replaced, so two takeovers cannot interleave. */
const TAKEOVER_FILE = 'fynd.lock.takeover';

const LockSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  since: z.string(),
  /** Unique per acquisition: names this very lock when the user chooses to take it over. */
  nonce: z.string().optional(),
  /** The holder's process start (Linux), so a pid reused by an unrelated process is stale. */
  started: z.string().optional(),
});
export type LockHolder = z.infer<typeof LockSchema>;

export interface AcquireOptions {
  /** The id of a lock the user chose to take over (from the projectLocked error's choices). */
  takeOver?: string;
}

/** How a lock found on disk is judged. */
export type LockVerdict = 'stale' | 'live' | 'unverified';

/**
 * One Fynd per project folder. The lock appears whole (written to a temp file, then hard-linked
 * into place, which fails if a lock exists), a stale one is replaced under a takeover lock after
 * re-reading it, and the holder checks before every write that its lock is still the one there.
 */
export class ProjectLock {
  private constructor(
    private readonly path: string,
    private readonly nonce: string,
    private handle: FileHandle | null,
  ) {}

  static async acquire(dir: string, options: AcquireOptions = {}): Promise<ProjectLock> {
    const path = join(dir, LOCK_FILE);
    const nonce = randomUUID();
    const body = lockBody(nonce);
    for (let attempt = 0; attempt < 200; attempt++) {
      if (await createWhole(path, body)) {
        const lock = new ProjectLock(path, nonce, await open(path, 'r'));
        // Confirm: a racer that moved our fresh lock aside has put it back, or we stop here.
        if ((await readLock(path))?.holder?.nonce === nonce) return lock;
        await lock.handle?.close();
        continue;
      }
      const found = await readLock(path);
      if (!found) continue;
      const verdict = found.holder ? judgeHolder(found.holder) : 'stale';
      const chosen = found.holder && options.takeOver === lockId(found.holder);
      if (verdict !== 'stale' && !chosen && found.holder) throw lockedError(found.holder, verdict);
      await withTakeover(dir, async () => {
        // Only a takeover holder removes a lock, and only the one it judged.
        if ((await readRaw(path)) === found.raw) await rm(path, { force: true });
      });
    }
    throw new FyndError('projectLocked', 'The project lock is changing hands too often.', {});
  }

  /** Throws when this lock was taken over (its file removed or replaced) while open. */
  async assertHeld(): Promise<void> {
    const stat = await this.handle?.stat();
    if (!stat || stat.nlink === 0) {
      throw new FyndError('projectTakenOver', 'Another Fynd took over this project.', {});
    }
  }

  async release(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
    const found = await readLock(this.path);
    if (found?.holder?.nonce === this.nonce) await rm(this.path, { force: true });
  }
}

/** Who holds a project folder's lock, or null when nobody does (or it cannot be read). */
export async function readLockHolder(dir: string): Promise<LockHolder | null> {
  return (await readLock(join(dir, LOCK_FILE)))?.holder ?? null;
}

/** This process as a lock's holder: who, where, since when, which acquisition, which process. */
function lockBody(nonce: string): string {
  return JSON.stringify({
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    nonce,
    started: processStartMark(process.pid) ?? undefined,
  } satisfies LockHolder);
}

/** Names a lock for the user's choice to take it over (older locks have no nonce). */
export function lockId(holder: LockHolder): string {
  return holder.nonce ?? `${holder.pid}@${holder.host}@${holder.since}`;
}

/**
 * Whether the process named in a lock still holds it: stale when it has ended (or its pid now
 * belongs to a process that started later), unverified when it runs on another machine or its
 * start cannot be compared (the user may then take over).
 */
export function judgeHolder(holder: LockHolder): LockVerdict {
  if (holder.host !== hostname()) return 'unverified';
  // Our own pid: a lock left by this process (reopened after a simulated crash in tests).
  if (holder.pid === process.pid) return 'stale';
  if (!isProcessAlive(holder.pid)) return 'stale';
  const now = processStartMark(holder.pid);
  if (holder.started && now) return now === holder.started ? 'live' : 'stale';
  return 'unverified';
}

function lockedError(holder: LockHolder, verdict: LockVerdict): FyndError {
  const elsewhere = holder.host !== hostname();
  return new FyndError(
    elsewhere ? 'projectLockedElsewhere' : 'projectLocked',
    elsewhere
      ? `The project is open on ${holder.host}.`
      : 'The project is open in another Fynd window.',
    {
      pid: holder.pid,
      host: holder.host,
      since: holder.since,
      sinceText: localTime(holder.since),
      verdict,
    },
    // A lock that cannot be proven live may be taken over by the user's choice.
    verdict === 'unverified' ? [lockId(holder)] : undefined,
  );
}

/** A time as this machine's clock shows it, e.g. 2026-12-01 15:02 (same in every language). */
function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Creates `path` holding `body` only if it does not exist; the file never appears half-written. */
async function createWhole(path: string, body: string): Promise<boolean> {
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    // File systems without hard links (FAT, some network shares): exclusive create instead.
    if (!isCode(error, 'EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV')) throw error;
    return createExclusive(path, body);
  } finally {
    await rm(temp, { force: true });
  }
}

async function createExclusive(path: string, body: string): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Runs `task` holding the takeover lock. A takeover lock left by a process that died mid-takeover
 * is moved aside and checked (it must be the one judged); a live one is waited for.
 */
async function withTakeover(dir: string, task: () => Promise<void>): Promise<void> {
  const path = join(dir, TAKEOVER_FILE);
  const nonce = randomUUID();
  if (!(await createWhole(path, lockBody(nonce)))) {
    const found = await readLock(path);
    if (found && (!found.holder || judgeHolder(found.holder) === 'stale')) {
      await removeIfUnchanged(path, found.raw);
    } else {
      // Another process is replacing the lock right now (milliseconds): let it finish first.
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
    }
    return;
  }
  try {
    await task();
  } finally {
    const mine = await readLock(path);
    if (mine?.holder?.nonce === nonce) await rm(path, { force: true });
  }
}

/** Removes a file only if it still holds `raw`: moved aside first, put back if it changed. */
async function removeIfUnchanged(path: string, raw: string): Promise<void> {
  const aside = `${path}.${process.pid}.${randomUUID()}.aside`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return;
    throw error;
  }
  if ((await readRaw(aside)) !== raw) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

async function readRaw(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

/** The lock on disk: its exact text and holder (null when unreadable), or null when absent. */
async function readLock(path: string): Promise<{ raw: string; holder: LockHolder | null } | null> {
  const raw = await readRaw(path);
  if (raw === null) return null;
  try {
    const parsed = LockSchema.safeParse(JSON.parse(raw));
    return { raw, holder: parsed.success ? parsed.data : null };
  } catch {
    return { raw, holder: null };
  }
}
