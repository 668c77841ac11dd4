import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/model/entities';
import { formatNumber } from '../i18n/format-number';
import { roundForDisplay, type IndicatorRow } from '../cases/indicator-model';
import { useLang } from '../i18n/use-lang';

interface IndicatorValuesProps {
  names: readonly string[];
  rows: ReadonlyMap<string, IndicatorRow>;
  cases: readonly Case[];
}

/**
 * Each named indicator with its values across cases. No sums here: across county actors and
 * municipalities they may count the same thing twice; the indicator table shows them.
 */
export function IndicatorValues({ names, rows, cases }: IndicatorValuesProps) {
  const { t } = useTranslation();
  const lang = useLang();
  if (names.length === 0) return <>{t('common.none')}</>;
  const num = (value: number) => formatNumber(roundForDisplay(value), lang);
  return (
    <ul className="plain-list indicator-values">
      {names.map((name) => {
        const row = rows.get(name);
        if (!row || row.byCase.size === 0)
          return (
            <li key={name}>
              {name}: <span className="muted">{t('evaluationMatrix.noValues')}</span>
            </li>
          );
        const values = cases.flatMap((c) => {
          const indicator = row.byCase.get(c.id);
          return indicator
            ? [`${c.name} ${num(indicator.value)}${indicator.unit ? ` ${indicator.unit}` : ''}`]
            : [];
        });
        return (
          <li key={name}>
            <span className="indicator-name">{name}:</span> {values.join(', ')}
          </li>
        );
      })}
    </ul>
  );
}
