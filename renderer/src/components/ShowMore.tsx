import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format-number';
import { useCountText, useLang } from '../i18n/use-lang';

interface ShowMoreProps {
  shown: number;
  total: number;
  /** How many one press adds. */
  step: number;
  onMore: () => void;
}

/** Under a long list drawn in part: how much of it is shown, and a button for the next part. */
export function ShowMore({ shown, total, step, onMore }: ShowMoreProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const countText = useCountText();
  if (shown >= total) return null;
  const next = Math.min(step, total - shown);
  return (
    <div className="show-more">
      <span className="muted">
        {t('common.shownOf', {
          shown: formatNumber(shown, lang),
          total: formatNumber(total, lang),
        })}
      </span>
      <button type="button" className="button button-small" onClick={onMore}>
        {countText('common.showMore', next)}
      </button>
    </div>
  );
}
