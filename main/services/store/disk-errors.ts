import { FyndError } from '../../../shared/errors';
import { isCode } from './durable-file';

/** Turns a failed disk write into a message the user can act on. */
export function writeError(error: unknown): FyndError {
  if (error instanceof FyndError) return error;
  if (isCode(error, 'ENOSPC', 'EDQUOT')) {
    return new FyndError('writeFailed', 'The disk is full; the change was not saved.', {
      reason: 'diskFull',
    });
  }
  if (isCode(error, 'EACCES', 'EPERM', 'EROFS')) {
    return new FyndError('readOnly', 'Fynd may not write in the project folder.', {
      reason: 'permission',
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new FyndError('writeFailed', 'The change could not be saved.', {
    reason: 'other',
    detail,
  });
}

/** A file-system refusal (read-only, full, no permission) as a user-facing error; others as they are. */
export function diskError(error: unknown): unknown {
  return isCode(error, 'ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS') ? writeError(error) : error;
}
