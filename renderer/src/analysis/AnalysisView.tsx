import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { useProjectData } from '../state/project-store';
import { tint } from '../transcript/highlight-style';
import { themeCaseMatrix } from './theme-case-matrix';

const HEAT_COLOUR = '#2b5f8a';

/** Analysis, first step: how often each theme was coded in each case. */
export function AnalysisView() {
  const { t } = useTranslation();
  const data = useProjectData();
  const matrix = useMemo(
    () =>
      themeCaseMatrix(data.themes, data.cases, data.sources, data.codings, t('analysis.noCase')),
    [data.themes, data.cases, data.sources, data.codings, t],
  );
  const empty = matrix.rows.length === 0 || data.codings.length === 0;
  return (
    <section className="view" aria-labelledby="analysis-heading">
      <div className="view-head">
        <h1 id="analysis-heading">{t('analysis.heading')}</h1>
      </div>
      {empty ? (
        <EmptyState>{t('analysis.empty')}</EmptyState>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="matrix-caption">
          <table className="table matrix">
            <caption id="matrix-caption">{t('analysis.matrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('analysis.theme')}</th>
                {matrix.columns.map((column) => (
                  <th scope="col" key={column.id ?? 'none'} className="numeric matrix-head">
                    {column.name}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t('analysis.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row, r) => (
                <tr key={row.theme.id}>
                  <th scope="row" style={{ paddingInlineStart: `${0.75 + row.depth * 1.1}rem` }}>
                    <span
                      className="swatch"
                      style={{ backgroundColor: row.theme.colour }}
                      aria-hidden="true"
                    />
                    {row.theme.name}
                  </th>
                  {matrix.columns.map((column, c) => {
                    const n = matrix.counts[r]?.[c] ?? 0;
                    // Heat as a light tint only, so the number stays dark on light.
                    const alpha = matrix.max > 0 ? (n / matrix.max) * 0.35 : 0;
                    return (
                      <td
                        key={column.id ?? 'none'}
                        className={n === 0 ? 'numeric zero' : 'numeric'}
                        style={n > 0 ? { backgroundColor: tint(HEAT_COLOUR, alpha) } : undefined}
                      >
                        {n}
                      </td>
                    );
                  })}
                  <td className="numeric total">{matrix.rowTotals[r]}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('analysis.total')}</th>
                {matrix.columnTotals.map((n, c) => (
                  <td key={matrix.columns[c]?.id ?? 'none'} className="numeric total">
                    {n}
                  </td>
                ))}
                <td className="numeric total">{matrix.columnTotals.reduce((a, b) => a + b, 0)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
