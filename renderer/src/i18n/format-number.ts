import type { Lang } from '../../../shared/i18n';

/** A number as the language writes it (50 744 in Swedish, 50,744 in English). */
export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(localeOf(lang));
}

/** The locale whose conventions a language's numbers follow. */
export function localeOf(lang: Lang): string {
  return lang === 'sv' ? 'sv-SE' : 'en-GB';
}
