import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey } from '../../../shared/analysis/matrix';
import { EmptyState } from '../components/EmptyState';
import { FormError } from '../components/FormError';
import { useEscape } from '../components/use-escape';
import { patchAnalysisFindingsUi, useAnalysisFindingsUi } from '../state/analysis-findings-ui';
import { useProjectData } from '../state/project-store';
import { CellPanel } from './CellPanel';
import { COLUMN_PAGE, ColumnPager } from './ColumnPager';
import { MatrixControls, MatrixLegend } from './MatrixControls';
import { casesOfColumn, columnName, matrixRows } from './matrix-model';
import { MatrixTable, type NamedColumn } from './MatrixTable';
import { QuoteTargetBar } from './QuoteTargetBar';
import { useThemeCaseMatrix } from './use-theme-case-matrix';

/**
 * The theme × case matrix with its controls, legend and the side panel of the open cell. Main
 * counts it on every coding; until its first answer a calm placeholder holds the table's place.
 */
export function ThemeCaseMatrixPanel() {
  const { t } = useTranslation();
  const data = useProjectData();
  const { columns: wanted, rollUp, coderIds, collapsed, cell: selected } = useAnalysisFindingsUi();
  const { shown: answer, loading, error } = useThemeCaseMatrix(wanted, rollUp, coderIds);
  // The columns mode of the matrix shown (the one asked for may still be on its way).
  const mode = answer?.mode ?? wanted;
  const matrix = answer?.matrix;
  const rows = useMemo(() => matrixRows(data.themes, collapsed), [data.themes, collapsed]);
  const columns: NamedColumn[] = (matrix?.columns ?? []).map((column) => ({
    id: column.id,
    name: columnName(column, mode, {
      caseType: (type) => t(`caseType.${type as 'municipality'}`),
      attributeValue: (value) =>
        value === ''
          ? t('matrix.noValue')
          : value === 'true'
            ? t('common.yes')
            : value === 'false'
              ? t('common.no')
              : value,
    }),
  }));
  // A wide matrix (200 cases) is drawn a page of columns at a time; another mode starts again.
  const [page, setPage] = useState({ mode, first: 0 });
  const first = page.mode === mode ? Math.min(page.first, columns.length - 1) : 0;
  const shown = columns.slice(Math.max(0, first), Math.max(0, first) + COLUMN_PAGE);
  const syntheses = useMemo(
    () =>
      new Set(data.syntheses.filter((s) => s.text.trim()).map((s) => cellKey(s.themeId, s.caseId))),
    [data.syntheses],
  );
  const close = useCallback(() => patchAnalysisFindingsUi({ cell: null }), []);
  const theme = data.themes.find((th) => th.id === selected?.themeId);
  const column = columns.find((c) => c.id === selected?.columnId);
  const open = theme && column && selected ? { theme, column } : null;
  useEscape(open !== null, close);

  if (data.themes.length === 0 || data.cases.length === 0)
    return <EmptyState>{t('matrix.empty')}</EmptyState>;
  return (
    <>
      <MatrixControls cases={data.cases} themes={data.themes} />
      <QuoteTargetBar />
      <MatrixLegend />
      <ColumnPager
        first={first}
        total={matrix ? columns.length : mode.kind === 'cases' ? data.cases.length : 0}
        onFirst={(next) => setPage({ mode, first: next })}
      />
      <FormError error={error} />
      {!matrix ? (
        <div
          className="matrix-scroll matrix-loading"
          style={{ height: `min(${rows.length * 3.7 + 5}rem, var(--matrix-max-height))` }}
          role="status"
        >
          {loading && t('matrix.loading')}
        </div>
      ) : (
        <div className={open ? 'matrix-split' : undefined} aria-busy={loading}>
          <MatrixTable
            rows={rows}
            columns={shown}
            allColumns={columns}
            matrix={matrix}
            collapsed={collapsed}
            hasSynthesis={(themeId, columnId) =>
              mode.kind === 'cases' && syntheses.has(cellKey(themeId, columnId))
            }
            selected={open ? selected : null}
          />
          {open && (
            <CellPanel
              key={`${open.theme.id}|${open.column.id}`}
              theme={open.theme}
              columnName={open.column.name}
              caseIds={casesOfColumn(data.cases, mode, open.column.id)}
              caseId={mode.kind === 'cases' ? open.column.id : null}
              cell={matrix.cell(open.theme.id, open.column.id)}
              rollUp={rollUp}
              onClose={close}
            />
          )}
        </div>
      )}
    </>
  );
}
