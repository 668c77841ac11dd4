import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format-number';
import { useLang } from '../i18n/use-lang';

/** Columns the matrix draws at once: 60 themes × 25 columns stay quick to draw and to read. */
export const COLUMN_PAGE = 25;

interface ColumnPagerProps {
  first: number;
  total: number;
  onFirst: (first: number) => void;
}

/** Which columns of a wide matrix are shown, with buttons to the previous and next ones. */
export function ColumnPager({ first, total, onFirst }: ColumnPagerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  if (total <= COLUMN_PAGE) return null;
  const last = Math.min(first + COLUMN_PAGE, total);
  return (
    <div className="column-pager" role="group" aria-label={t('matrix.columnPages')}>
      <button
        type="button"
        className="button button-small"
        disabled={first === 0}
        onClick={() => onFirst(Math.max(0, first - COLUMN_PAGE))}
      >
        ‹ {t('matrix.previousColumns')}
      </button>
      <span aria-live="polite">
        {t('matrix.columnRange', {
          first: formatNumber(first + 1, lang),
          last: formatNumber(last, lang),
          total: formatNumber(total, lang),
        })}
      </span>
      <button
        type="button"
        className="button button-small"
        disabled={last >= total}
        onClick={() => onFirst(first + COLUMN_PAGE)}
      >
        {t('matrix.nextColumns')} ›
      </button>
    </div>
  );
}
