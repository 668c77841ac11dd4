import type ExcelJS from 'exceljs';
import type { Coding } from '../../../../shared/model/entities';
import {
  computeMatrix,
  cellKey,
  valenceBalance,
  type MatrixCell,
  type ThemeCaseMatrix,
} from '../../../../shared/analysis/matrix';
import { cellName } from '../report-book';
import type { ReportContext } from '../report-context';
import {
  BOLD_FONT,
  columnsOf,
  fitWidth,
  type CellValue,
  type ColumnKind,
  type ColumnSpec,
} from '../table-writer';

/** The column of codings whose source has no case (only shown when there are such codings). */
const NO_CASE = '\u0000none';

const TOTAL_STYLE: Partial<ExcelJS.Style> = {
  font: BOLD_FONT,
  border: { top: { style: 'thin', color: { argb: 'FF8899AA' } } },
};

/** Balance of a cell, or null when it has neither strengths nor weaknesses (not "balanced"). */
function balance(cell: MatrixCell | undefined): number | null {
  if (!cell || cell.valence.strength + cell.valence.weakness === 0) return null;
  return Math.round(valenceBalance(cell) * 100) / 100;
}

/**
 * Sheet 4: the theme × case matrix as three sheets: counts of codings (with a colour-scale
 * heat map and totals), the valence balance (red to green), and the syntheses written per cell.
 * Counts are of codings carrying the theme itself (no roll-up), so each row matches the codebook.
 */
export async function writeMatrixSheets(context: ReportContext): Promise<void> {
  const { data, labels } = context;
  const matrix = computeMatrix(data, { kind: 'cases' }, false);
  const caseIds = new Set(data.cases.map((c) => c.id));
  const caseOfSource = new Map(data.sources.map((s) => [s.id, s.caseId]));
  const withoutCase = data.codings.filter((k) => {
    const caseId = caseOfSource.get(k.sourceId);
    return !caseId || !caseIds.has(caseId);
  });
  const noCaseByTheme = new Map<string, Coding[]>();
  for (const k of withoutCase) {
    for (const id of new Set(k.themeIds)) {
      const list = noCaseByTheme.get(id);
      if (list) list.push(k);
      else noCaseByTheme.set(id, [k]);
    }
  }
  const hasNoCase = withoutCase.length > 0;

  const columns = [
    ...matrix.columns.map((c) => ({ id: c.id, label: c.label })),
    ...(hasNoCase ? [{ id: NO_CASE, label: labels.noCase }] : []),
  ];
  const cellOf = (themeId: string, columnId: string): MatrixCell | undefined =>
    columnId === NO_CASE
      ? tally(noCaseByTheme.get(themeId) ?? [])
      : matrix.cells.get(cellKey(themeId, columnId));
  const totalOf = (columnId: string): MatrixCell | undefined =>
    columnId === NO_CASE ? tally(withoutCase) : matrix.columnTotals.get(columnId);
  // Each coding once, however many themes it carries.
  const grandTotal = tally(data.codings);

  const specs = (kind: ColumnKind): ColumnSpec[] => [
    { header: labels.matrixTheme, width: 40, kind: 'wrap' },
    ...columns.map((c) => ({ header: c.label, width: fitWidth([c.label], 8, 16), kind })),
    { header: labels.total, width: 9, kind },
  ];
  const rowCount = context.themeTree.length;
  const heat = cellRange(rowCount, columns.length);

  const counts = context.book.table(labels.sheets.matrix, specs('integer'), { frozenColumns: 1 });
  for (const { theme } of context.themeTree) {
    await counts.addRow([
      context.themePath.get(theme.id) ?? theme.name,
      ...columns.map((c) => cellOf(theme.id, c.id)?.codings ?? 0),
      matrix.rowTotals.get(theme.id)?.codings ?? 0,
    ]);
  }
  await counts.addRow(
    [labels.total, ...columns.map((c) => totalOf(c.id)?.codings ?? 0), grandTotal.codings],
    new Array(columns.length + 2).fill(TOTAL_STYLE),
  );
  if (heat) {
    counts.sheet.addConditionalFormatting({
      ref: heat,
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [{ type: 'min' }, { type: 'max' }],
          color: [{ argb: 'FFFFFFFF' }, { argb: 'FFF8696B' }],
        },
      ],
    });
  }

  const valence = context.book.table(labels.sheets.valence, specs('balance'), { frozenColumns: 1 });
  for (const { theme } of context.themeTree) {
    await valence.addRow([
      context.themePath.get(theme.id) ?? theme.name,
      ...columns.map((c) => balance(cellOf(theme.id, c.id))),
      balance(matrix.rowTotals.get(theme.id)),
    ]);
  }
  await valence.addRow(
    [labels.total, ...columns.map((c) => balance(totalOf(c.id))), balance(grandTotal)],
    new Array(columns.length + 2).fill(TOTAL_STYLE),
  );
  if (heat) {
    valence.sheet.addConditionalFormatting({
      ref: heat,
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [
            { type: 'num', value: -1 },
            { type: 'num', value: 0 },
            { type: 'num', value: 1 },
          ],
          color: [{ argb: 'FFF8696B' }, { argb: 'FFFFFFFF' }, { argb: 'FF63BE7B' }],
        },
      ],
    });
  }

  await writeSynthesesSheet(context, matrix);
}

/** The syntheses the evaluator wrote, one row per theme × case cell, with the cell's figures. */
async function writeSynthesesSheet(context: ReportContext, matrix: ThemeCaseMatrix): Promise<void> {
  const { data, labels } = context;
  const table = context.book.table(
    labels.sheets.syntheses,
    columnsOf(labels.syntheses, [
      [36, 'wrap'],
      [22, 'wrap'],
      [11, 'integer'],
      [11, 'balance'],
      [80, 'wrap'],
    ]),
  );
  const byCell = new Map<string, string[]>();
  for (const s of data.syntheses) {
    if (s.text.trim() === '') continue;
    const key = cellKey(s.themeId, s.caseId);
    byCell.set(key, [...(byCell.get(key) ?? []), s.text]);
  }
  for (const { theme } of context.themeTree) {
    for (const c of data.cases) {
      const texts = byCell.get(cellKey(theme.id, c.id));
      if (!texts) continue;
      const cell = matrix.cells.get(cellKey(theme.id, c.id));
      const row: CellValue[] = [
        context.themePath.get(theme.id) ?? theme.name,
        c.name,
        cell?.codings ?? 0,
        balance(cell),
        texts.join('\n\n'),
      ];
      await table.addRow(row);
    }
  }
}

/** The data cells of the matrix (B2 to the last case column of the last theme row), or null. */
function cellRange(rows: number, columns: number): string | null {
  if (rows === 0 || columns === 0) return null;
  return `${cellName(2, 2)}:${cellName(rows + 1, columns + 1)}`;
}

/** Codings, distinct sources and valences of a set of codings. */
function tally(codings: readonly Coding[]): MatrixCell {
  const cell: MatrixCell = {
    codings: codings.length,
    sources: new Set(codings.map((k) => k.sourceId)).size,
    valence: { strength: 0, weakness: 0, mixed: 0, neutral: 0 },
  };
  for (const k of codings) cell.valence[k.valence]++;
  return cell;
}
