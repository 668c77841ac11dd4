import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Electron binary's path when it is installed, else null (e.g. where GitHub is unreachable). */
export function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
