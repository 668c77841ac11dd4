import { FyndError } from '../../../shared/errors';

/** Why an output could not be written, as the user can act on it. */
export type WriteFailureReason = 'locked' | 'diskFull' | 'permission' | 'other';

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * Sorts a file-system error into a reason. On Windows a file open in Excel refuses to be
 * replaced with EBUSY or EPERM, so there EPERM means "locked", elsewhere "permission".
 */
export function failureReason(error: unknown, platform = process.platform): WriteFailureReason {
  const code = codeOf(error);
  if (code === 'EBUSY' || code === 'ETXTBSY' || code === 'ELOCKED') return 'locked';
  if (code === 'EPERM') return platform === 'win32' ? 'locked' : 'permission';
  if (code === 'EACCES' || code === 'EROFS') return 'permission';
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'diskFull';
  return 'other';
}

/**
 * The FyndError for an output that could not be written. A FyndError passes through, and so
 * does an error without a system error code: that is a fault in Fynd, not in the disk, and
 * must reach the log as one ('internal').
 */
export function writeFailed(error: unknown, path: string): unknown {
  // errno codes (EBUSY, ENOSPC…); Node's own ERR_… codes are faults in the program.
  if (error instanceof FyndError || !/^E[A-Z0-9]+$/.test(codeOf(error))) return error;
  const reason = failureReason(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new FyndError('writeFailed', `The output could not be written to ${path}: ${detail}`, {
    reason,
    path,
    code: codeOf(error) || 'unknown',
  });
}
