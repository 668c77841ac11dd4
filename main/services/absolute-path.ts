import { isAbsolute } from 'node:path';
import { FyndError } from '../../shared/errors';

/**
 * Refuses a path that is not absolute: it would be read or written in main's working folder (the
 * app's install folder), a place the user never chose. The app's dialogs give absolute paths.
 */
export function assertAbsolutePath(path: string): void {
  if (!isAbsolute(path)) {
    throw new FyndError('pathNotAbsolute', 'The path must be absolute.', { path });
  }
}
