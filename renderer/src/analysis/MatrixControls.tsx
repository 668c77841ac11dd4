import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Theme } from '../../../shared/model/entities';
import {
  patchAnalysisFindingsUi,
  useAnalysisFindingsUi,
  type MatrixColumnMode,
} from '../state/analysis-findings-ui';
import { attributeKeys, parentThemeIds } from './matrix-model';
import { CoderPick } from '../components/CoderPick';

const encode = (mode: MatrixColumnMode) =>
  mode.kind === 'attribute' ? `attr:${mode.key}` : mode.kind;
const decode = (value: string): MatrixColumnMode =>
  value.startsWith('attr:')
    ? { kind: 'attribute', key: value.slice(5) }
    : value === 'caseType'
      ? { kind: 'caseType' }
      : { kind: 'cases' };

/** What the matrix's columns are, whether parents roll up, and folding all rows. */
export function MatrixControls({
  cases,
  themes,
}: {
  cases: readonly Case[];
  themes: readonly Theme[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const { columns, rollUp, coderIds, collapsed } = useAnalysisFindingsUi();
  const parents = parentThemeIds(themes);
  const allCollapsed = parents.size > 0 && [...parents].every((p) => collapsed.has(p));
  return (
    <div className="view-toolbar matrix-controls">
      <div className="field field-inline">
        <label htmlFor={`${id}-columns`}>{t('matrix.columns')}</label>
        <select
          id={`${id}-columns`}
          value={encode(columns)}
          onChange={(event) =>
            patchAnalysisFindingsUi({ columns: decode(event.target.value), cell: null })
          }
        >
          <option value="cases">{t('matrix.byCase')}</option>
          <option value="caseType">{t('matrix.byCaseType')}</option>
          <optgroup label={t('matrix.byAttribute')}>
            {attributeKeys(cases).map((key) => (
              <option key={key} value={`attr:${key}`}>
                {key}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <label className="opt-check">
        <input
          type="checkbox"
          checked={rollUp}
          onChange={(event) => patchAnalysisFindingsUi({ rollUp: event.target.checked })}
        />
        {t('matrix.rollUp')}
      </label>
      <CoderPick
        selected={coderIds}
        onChange={(ids) => patchAnalysisFindingsUi({ coderIds: ids, cell: null })}
      />
      {parents.size > 0 && (
        <button
          type="button"
          className="button button-small"
          onClick={() => patchAnalysisFindingsUi({ collapsed: allCollapsed ? new Set() : parents })}
        >
          {allCollapsed ? t('matrix.expandAll') : t('matrix.collapseAll')}
        </button>
      )}
    </div>
  );
}

/** The key to reading a cell, shown above the matrix (and referenced by it). */
export function MatrixLegend() {
  const { t } = useTranslation();
  return (
    <div className="matrix-legend" id="matrix-legend">
      <span className="legend-item">
        <span className="legend-sample" aria-hidden="true">
          <strong>5</strong> (3)
        </span>
        {t('matrix.legendCounts')}
      </span>
      <span className="legend-item">
        <span className="legend-sample" aria-hidden="true">
          <span className="cell-plus">+2</span> <span className="cell-minus">−1</span>
        </span>
        {t('matrix.legendValence')}
      </span>
      <span className="legend-item">
        <span className="legend-bar" aria-hidden="true">
          <span className="bar-strength" style={{ flexGrow: 2 }} />
          <span className="bar-other" style={{ flexGrow: 2 }} />
          <span className="bar-weakness" style={{ flexGrow: 1 }} />
        </span>
        {t('matrix.legendBar')}
      </span>
      <span className="legend-item">
        <span className="legend-sample cell-synthesis" aria-hidden="true">
          ✎
        </span>
        {t('matrix.legendSynthesis')}
      </span>
      <span className="legend-item">
        <span className="legend-heat" aria-hidden="true" />
        {t('matrix.legendHeat')}
      </span>
    </div>
  );
}
