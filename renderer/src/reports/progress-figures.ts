import type { Lang } from '../../../shared/i18n';
import { formatNumber, localeOf } from '../i18n/format-number';

export interface ProgressFigures {
  done: string;
  total: string;
  /** Whole percent, rounded down so 100 % means finished. */
  percent: string;
}

/** Rows written and expected, and the share, as the language writes them (12 000 / 12,000). */
export function progressFigures(done: number, total: number, lang: Lang): ProgressFigures {
  const locale = localeOf(lang);
  // Multiplied before dividing: 29 of 100 is exactly 29, never 28.999….
  const whole = total > 0 ? Math.floor((Math.min(done, total) * 100) / total) : 0;
  return {
    done: formatNumber(done, lang),
    total: formatNumber(total, lang),
    percent: (whole / 100).toLocaleString(locale, { style: 'percent' }),
  };
}
