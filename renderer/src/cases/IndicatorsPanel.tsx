import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { useProjectData } from '../state/project-store';
import { IndicatorChart } from './IndicatorChart';
import { indicatorRows } from './indicator-model';
import { IndicatorTable } from './IndicatorTable';

/** Hard data across cases: one bar chart at a time (chosen by name) and the editable table. */
export function IndicatorsPanel() {
  const { t } = useTranslation();
  const id = useId();
  const data = useProjectData();
  const rows = useMemo(() => indicatorRows(data.cases), [data.cases]);
  // The indicator reported by most cases makes the first chart worth looking at.
  const widest = [...rows].sort((a, b) => b.byCase.size - a.byCase.size)[0]?.name ?? null;
  const [chosen, setChosen] = useState<string | null>(null);
  const charted = rows.find((r) => r.name === chosen) ?? rows.find((r) => r.name === widest);

  if (rows.length === 0) return <EmptyState>{t('indicatorTable.empty')}</EmptyState>;
  return (
    <div className="indicators">
      <p className="muted view-intro">{t('indicatorTable.intro')}</p>
      <section className="chart-section" aria-labelledby={`${id}-chart`}>
        <div className="view-toolbar">
          <h2 id={`${id}-chart`} className="section-heading">
            {t('indicatorTable.chartHeading')}
          </h2>
          <div className="field field-inline">
            <label htmlFor={`${id}-select`}>{t('indicatorTable.chooseChart')}</label>
            <select
              id={`${id}-select`}
              value={charted?.name ?? ''}
              onChange={(event) => setChosen(event.target.value)}
            >
              {rows.map((row) => (
                <option key={row.name} value={row.name}>
                  {t('indicatorTable.chartOption', { name: row.name, count: row.byCase.size })}
                </option>
              ))}
            </select>
          </div>
        </div>
        {charted && <IndicatorChart row={charted} cases={data.cases} />}
      </section>
      <section aria-labelledby={`${id}-table`}>
        <h2 id={`${id}-table`} className="section-heading">
          {t('indicatorTable.tableHeading')}
        </h2>
        <p className="hint table-hint">{t('indicatorTable.editHint')}</p>
        <IndicatorTable
          cases={data.cases}
          rows={rows}
          charted={charted?.name ?? null}
          onChart={setChosen}
        />
      </section>
    </div>
  );
}
