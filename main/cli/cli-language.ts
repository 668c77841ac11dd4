import type { FyndErrorData } from '../../shared/errors';
import { translateError } from '../../shared/i18n';

/** Swedish where the shell's locale is Swedish, else English. */
export function cliLanguage(): 'sv' | 'en' {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** An error for the terminal: expected failures translated, a plain error as it is. */
export function cliMessage(data: FyndErrorData): string {
  return data.code === 'internal' ? data.message : translateError(data, cliLanguage());
}
