import { useTranslation } from 'react-i18next';
import { alphaBand, kappaBand } from '../../../shared/analysis/agreement';
import { formatFigure } from '../../../shared/i18n/format';
import { useLang } from '../i18n/use-lang';

/**
 * A κ or an α with its conventional band named beside it (the colour only repeats the word);
 * a value the data cannot define says so.
 */
export function AgreementCoefficient({
  value,
  kind,
}: {
  value: number | null;
  kind: 'kappa' | 'alpha';
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (value === null) return <span className="muted">{t('agreement.undefined')}</span>;
  const band = kind === 'kappa' ? kappaBand(value) : alphaBand(value);
  return (
    <>
      {value === 1 ? formatFigure(1, 2, 2, lang) : formatFigure(value, 2, 1, lang)}{' '}
      <span className={`agreement-band band-${band}`}>{t(`agreement.band.${band}`)}</span>
    </>
  );
}
