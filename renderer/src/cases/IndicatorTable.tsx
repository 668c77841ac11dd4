import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/model/entities';
import { useLang } from '../i18n/use-lang';
import { formatNumber } from '../i18n/format-number';
import { roundForDisplay, type IndicatorRow } from './indicator-model';
import { IndicatorValueCell } from './IndicatorValueCell';

interface IndicatorTableProps {
  cases: readonly Case[];
  rows: readonly IndicatorRow[];
  /** The indicator whose chart is shown; its row is marked. */
  charted: string | null;
  onChart: (name: string) => void;
}

/**
 * Indicators × cases, numbers right-aligned; sums and means where units agree come first, so
 * they show without scrolling past the cases. Values are editable in place.
 */
export function IndicatorTable({ cases, rows, charted, onChart }: IndicatorTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const show = (value: number | null) =>
    value === null ? '–' : formatNumber(roundForDisplay(value), lang);
  return (
    <div
      className="matrix-scroll indicator-scroll"
      role="region"
      aria-labelledby="indicator-caption"
      tabIndex={0}
    >
      <table className="table indicator-table">
        <caption id="indicator-caption" className="visually-hidden">
          {t('indicatorTable.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="sticky-col">
              {t('indicatorTable.indicator')}
            </th>
            <th scope="col">{t('indicatorTable.unit')}</th>
            <th scope="col" className="numeric aggregate">
              {t('indicatorTable.sum')}
            </th>
            <th scope="col" className="numeric aggregate">
              {t('indicatorTable.mean')}
            </th>
            {cases.map((c) => (
              <th scope="col" key={c.id} className="numeric case-head">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className={row.name === charted ? 'is-charted' : undefined}>
              <th scope="row" className="sticky-col">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={row.name === charted}
                  aria-label={t('indicatorTable.showChart', { name: row.name })}
                  onClick={() => onChart(row.name)}
                >
                  {row.name}
                </button>
              </th>
              <td className="muted nowrap">{row.unit ?? t('indicatorTable.mixedUnits')}</td>
              <td className="numeric aggregate">{show(row.sum)}</td>
              <td className="numeric aggregate">{show(row.mean)}</td>
              {cases.map((c) => (
                <td key={c.id} className="numeric value-cell">
                  <IndicatorValueCell
                    kase={c}
                    name={row.name}
                    unit={row.unit ?? ''}
                    indicator={row.byCase.get(c.id)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
