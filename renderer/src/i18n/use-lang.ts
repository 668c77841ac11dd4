import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import { isLang, translateError, type Lang } from '../../../shared/i18n';
import { formatDate } from '../../../shared/i18n/format';
import { formatNumber } from './format-number';

/** The active interface language, re-rendering when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : 'sv';
}

/** A translator for API errors in the active language. */
export function useErrorText(): (error: FyndErrorData) => string {
  const lang = useLang();
  return (error) => translateError(error, lang);
}

/**
 * A translator for counted texts: `count` picks the plural form, and the catalogue writes the
 * number as `{{figure}}`, formatted the language's way (12 000 / 12,000).
 */
export function useCountText(): (
  key: ParseKeys,
  count: number,
  params?: Record<string, unknown>,
) => string {
  const { t } = useTranslation();
  const lang = useLang();
  return (key, count, params = {}) =>
    t(key, { ...params, count, figure: formatNumber(count, lang) });
}

/** Writes a calendar date (YYYY-MM-DD) the active language's way (2026-11-27 / 27 Nov 2026). */
export function useDateText(): (date: string) => string {
  const lang = useLang();
  return (date) => formatDate(date, lang);
}
