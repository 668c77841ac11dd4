import type { Language } from '../model/primitives';

/**
 * Numbers and dates as the chosen language writes them, the same in the app, on the printed
 * sheets and in the Excel report's text (its date cells use the matching number format).
 */

/** The locale whose conventions a language's numbers follow. */
export function localeOf(lang: Language): string {
  return lang === 'sv' ? 'sv-SE' : 'en-GB';
}

/** A number as the language writes it (50 744 in Swedish, 50,744 in English). */
export function formatNumber(value: number, lang: Language): string {
  return value.toLocaleString(localeOf(lang));
}

/**
 * English month abbreviations as Excel's `mmm` writes them (ICU's en-GB has "Sept", which
 * would make the app and the report disagree).
 */
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * A calendar date (YYYY-MM-DD) as the language writes it: ISO in Swedish (2026-11-27, the
 * Swedish standard form), day month year in English (27 Nov 2026, read the same way in Britain
 * and America). Anything that is not such a date comes back as it was.
 */
export function formatDate(date: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || lang === 'sv') return date;
  const [, year, month, day] = match;
  const name = MONTHS_EN[Number(month) - 1];
  return name ? `${Number(day)} ${name} ${year}` : date;
}

/** A moment (ISO 8601) on this machine's clock, to the minute: "2026-12-01 15:02" / "1 Dec 2026 15:02". */
export function formatDateTime(iso: string, lang: Language): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(localDate(moment), lang)} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** A moment's calendar date on this machine's clock (not UTC, which can be yesterday). */
export function localDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/**
 * A measured figure with a fixed number of decimals, as the language writes it. A figure short of
 * its ceiling (100 %, κ = 1) is never rounded up to it: 99.96 % shows as 99.9, so that only
 * full agreement ever reads as full.
 */
export function formatFigure(
  value: number,
  digits: number,
  ceiling: number,
  lang: Language,
): string {
  const step = 10 ** digits;
  const rounded =
    value < ceiling ? Math.min(Math.round(value * step), ceiling * step - 1) : value * step;
  return (rounded / step).toLocaleString(localeOf(lang), {
    minimumFractionDigits: value === ceiling ? 0 : digits,
    maximumFractionDigits: digits,
  });
}
