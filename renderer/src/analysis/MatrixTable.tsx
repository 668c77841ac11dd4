import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixReader } from '../../../shared/analysis/matrix';
import { Swatch } from '../components/Swatch';
import {
  patchAnalysisFindingsUi,
  toggleCollapsed,
  type MatrixSelection,
} from '../state/analysis-findings-ui';
import { gridMove, type GridPosition } from './grid-keys';
import { MatrixCellButton } from './MatrixCellButton';
import type { MatrixRow } from './matrix-model';
import { useRowWindow } from './use-row-window';

export interface NamedColumn {
  id: string;
  name: string;
}

interface MatrixTableProps {
  rows: readonly MatrixRow[];
  /** The columns drawn: all of them, or one page of a wide matrix. */
  columns: readonly NamedColumn[];
  /** All columns, so the heat scale and the grand total do not change from page to page. */
  allColumns: readonly NamedColumn[];
  matrix: MatrixReader;
  collapsed: ReadonlySet<string>;
  /** Whether a cell holds a written synthesis. */
  hasSynthesis: (themeId: string, columnId: string) => boolean;
  selected: MatrixSelection | null;
}

/**
 * The theme × column table in its scrolling box. Cells are buttons in one tab stop; arrow keys
 * move between them, Enter opens a cell's quotes and synthesis in the side panel. With many
 * themes only the rows near the view are drawn (`useRowWindow`); the keyboard reaches every
 * cell, and `aria-rowcount`/`aria-rowindex` tell a screen reader where a row stands.
 */
export function MatrixTable({
  rows,
  columns,
  allColumns,
  matrix,
  collapsed,
  hasSynthesis,
  selected,
}: MatrixTableProps) {
  const { t } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { window: drawn, rowHeight, reveal } = useRowWindow(scrollRef, tableRef, rows.length);
  const [focus, setFocus] = useState<GridPosition>({ row: 0, col: 0 });
  // A cell the keyboard moved to, focused once its row is drawn.
  const pendingFocus = useRef<GridPosition | null>(null);
  useEffect(() => {
    const to = pendingFocus.current;
    const cell =
      to && tableRef.current?.querySelector<HTMLElement>(`[data-cell="${to.row}:${to.col}"]`);
    if (!cell) return;
    pendingFocus.current = null;
    cell.focus();
  });
  // The one tab stop stays on a drawn row, so Tab always finds the grid.
  const tabStop = {
    row: Math.max(drawn.first, Math.min(focus.row, rows.length - 1, drawn.end - 1)),
    col: Math.min(focus.col, columns.length - 1),
  };
  const max = matrix.maxCodings(rows.map((row) => row.theme.id));

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, from: GridPosition) => {
    const to = gridMove(
      event.key,
      event.ctrlKey || event.metaKey,
      from,
      rows.length,
      columns.length,
    );
    if (!to) return;
    event.preventDefault();
    setFocus(to);
    pendingFocus.current = to;
    reveal(to.row);
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${to.row}:${to.col}"]`)?.focus();
  };
  const spacer = (count: number, key: string) =>
    count > 0 && (
      <tr key={key} aria-hidden="true" className="matrix-spacer">
        <td colSpan={columns.length + 2} style={{ height: `${count * rowHeight}px` }} />
      </tr>
    );

  return (
    <div
      className="matrix-scroll"
      ref={scrollRef}
      role="region"
      aria-label={t('matrix.caption')}
      tabIndex={-1}
    >
      <table
        className="matrix-table"
        ref={tableRef}
        aria-describedby="matrix-legend"
        aria-rowcount={rows.length + 2}
      >
        <caption className="visually-hidden">{t('matrix.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="matrix-corner">
              {t('analysis.theme')}
            </th>
            {columns.map((column) => (
              <th scope="col" key={column.id} className="matrix-column-head">
                {column.name}
              </th>
            ))}
            <th scope="col" className="matrix-column-head matrix-total">
              {t('analysis.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {spacer(drawn.first, 'above')}
          {rows.slice(drawn.first, drawn.end).map((row, i) => {
            const r = drawn.first + i;
            const total = matrix.rowTotal(row.theme.id);
            const open = !collapsed.has(row.theme.id);
            return (
              <tr
                key={row.theme.id}
                aria-rowindex={r + 2}
                className={row.depth === 0 ? 'matrix-top-row' : undefined}
              >
                <th
                  scope="row"
                  className="matrix-row-head"
                  style={{ paddingInlineStart: `${0.5 + row.depth * 1.1}rem` }}
                >
                  <span className="row-head-inner">
                    {row.hasChildren ? (
                      <button
                        type="button"
                        className="tree-toggle"
                        aria-expanded={open}
                        aria-label={t(open ? 'matrix.collapse' : 'matrix.expand', {
                          name: row.theme.name,
                        })}
                        onClick={() => toggleCollapsed(row.theme.id)}
                      >
                        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                      </button>
                    ) : (
                      <span className="tree-toggle-space" aria-hidden="true" />
                    )}
                    <Swatch colour={row.theme.colour} />
                    <span className={row.depth === 0 ? 'row-name row-name-top' : 'row-name'}>
                      {row.theme.name}
                    </span>
                  </span>
                </th>
                {columns.map((column, c) => (
                  <td key={column.id} className="matrix-td">
                    <MatrixCellButton
                      cell={matrix.cell(row.theme.id, column.id)}
                      max={max}
                      themeName={row.path}
                      columnName={column.name}
                      hasSynthesis={hasSynthesis(row.theme.id, column.id)}
                      selected={
                        selected?.themeId === row.theme.id && selected.columnId === column.id
                      }
                      tabbable={tabStop.row === r && tabStop.col === c}
                      row={r}
                      col={c}
                      onOpen={() =>
                        patchAnalysisFindingsUi({
                          cell: { themeId: row.theme.id, columnId: column.id },
                        })
                      }
                      onKeyDown={(event) => onKeyDown(event, { row: r, col: c })}
                      onFocus={() => setFocus({ row: r, col: c })}
                      t={t}
                    />
                  </td>
                ))}
                <td className="matrix-total numeric">
                  {total?.codings ?? 0}
                  <span className="total-sources"> ({total?.sources ?? 0})</span>
                </td>
              </tr>
            );
          })}
          {spacer(rows.length - drawn.end, 'below')}
        </tbody>
        <tfoot>
          <tr aria-rowindex={rows.length + 2}>
            <th scope="row" className="matrix-row-head">
              {t('analysis.total')}
            </th>
            {columns.map((column) => {
              const total = matrix.columnTotal(column.id);
              return (
                <td key={column.id} className="matrix-total numeric">
                  {total?.codings ?? 0}
                  <span className="total-sources"> ({total?.sources ?? 0})</span>
                </td>
              );
            })}
            <td className="matrix-total numeric">
              {allColumns.reduce(
                (sum, column) => sum + (matrix.columnTotal(column.id)?.codings ?? 0),
                0,
              )}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
