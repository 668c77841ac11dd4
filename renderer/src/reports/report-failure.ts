import type { FyndErrorData } from '../../../shared/errors';
import { interpolate, lookup, translateError, type Lang } from '../../../shared/i18n';

type Reason = 'locked' | 'diskFull' | 'permission' | 'noFolder' | 'other';

/** The reason behind a failed write: main's own reason, or one read off the system error code. */
function reasonOf(error: FyndErrorData): Reason | null {
  // Compared as strings: main reports a file open in Excel as 'outputLocked', or (older
  // services) as 'writeFailed' with reason 'locked'.
  const code: string = error.code;
  const reason = String(error.params.reason ?? '');
  if (code === 'outputLocked') return 'locked';
  if (code !== 'outputFailed' && code !== 'writeFailed') return null;
  if (reason === 'locked' || reason === 'EBUSY' || reason === 'ETXTBSY') return 'locked';
  if (['diskFull', 'ENOSPC', 'EDQUOT', 'EFBIG'].includes(reason)) return 'diskFull';
  if (['permission', 'EACCES', 'EPERM', 'EROFS'].includes(reason)) return 'permission';
  if (reason === 'ENOENT' || reason === 'ENOTDIR') return 'noFolder';
  return 'other';
}

/**
 * What a failed export says: for a file that could not be written, why (open in Excel, disk
 * full, no permission, no such folder) and what to do; anything else as the app translates it.
 */
export function reportFailureText(error: FyndErrorData, lang: Lang): string {
  const reason = reasonOf(error);
  if (reason === null || typeof error.params.path !== 'string') return translateError(error, lang);
  const template = lookup(lang, `reportsView.failure_${reason}`) ?? translateError(error, lang);
  return interpolate(template, error.params);
}
