import { mkdir, readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CurrentUserSchema, type CurrentUser } from '../../shared/contract';
import { newId } from '../../shared/model/primitives';
import { writeFileDurably } from './store/durable-file';

/**
 * Who uses this Fynd: an id and a display name, kept in the user data folder beside the recent
 * projects (app state, not project state). The id follows the user into every project they open.
 */
export class AppUser {
  constructor(private readonly userDataDir: string) {}

  private get path(): string {
    return join(this.userDataDir, 'user.json');
  }

  /** The current user, or null before the first start has asked (or when the file is damaged). */
  async current(): Promise<CurrentUser | null> {
    try {
      const parsed = CurrentUserSchema.safeParse(JSON.parse(await readFile(this.path, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Sets the display name, keeping the id (a new one the first time). */
  async setName(name: string): Promise<CurrentUser> {
    const user = { id: (await this.current())?.id ?? newId(), name };
    await mkdir(this.userDataDir, { recursive: true });
    await writeFileDurably(this.path, JSON.stringify(user, null, 2));
    return user;
  }
}

/** The OS user's name, to prefill the first-start question ('' when the OS will not say). */
export function osUserName(env: NodeJS.ProcessEnv = process.env): string {
  let name = '';
  try {
    name = userInfo().username;
  } catch {
    name = env.USER ?? env.USERNAME ?? '';
  }
  return z.string().trim().max(300).catch('').parse(name);
}
