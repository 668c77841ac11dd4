import type { Case, Coding, Source, Theme } from '../../../shared/model/entities';
import { flattenThemes, type ThemeRow } from '../codebook/theme-tree';

/** A column of the matrix: a case, or the sources tied to no case. */
export interface MatrixColumn {
  id: string | null;
  name: string;
}

export interface ThemeCaseMatrix {
  rows: ThemeRow[];
  columns: MatrixColumn[];
  /** counts[row][column]: codings with that theme in sources of that case. */
  counts: number[][];
  rowTotals: number[];
  columnTotals: number[];
  max: number;
}

/**
 * Counts codings per theme (rows, codebook order) and case (columns, the source's case). A
 * coding with two themes counts once in each row. A "no case" column appears only if used.
 */
export function themeCaseMatrix(
  themes: readonly Theme[],
  cases: readonly Case[],
  sources: readonly Source[],
  codings: readonly Coding[],
  noCaseName: string,
): ThemeCaseMatrix {
  const rows = flattenThemes(themes);
  const rowIndex = new Map(rows.map((row, i) => [row.theme.id, i]));
  const caseOfSource = new Map(sources.map((s) => [s.id, s.caseId]));
  const columns: MatrixColumn[] = cases.map((c) => ({ id: c.id, name: c.name }));
  const columnIndex = new Map<string | null, number>(columns.map((c, i) => [c.id, i]));
  const counts = rows.map(() => columns.map(() => 0));
  let uncased: number[] | null = null;

  for (const coding of codings) {
    const caseId = caseOfSource.get(coding.sourceId) ?? null;
    let col = columnIndex.get(caseId);
    if (col === undefined) {
      if (!uncased) {
        uncased = rows.map(() => 0);
        columns.push({ id: null, name: noCaseName });
        columnIndex.set(null, columns.length - 1);
        counts.forEach((row) => row.push(0));
      }
      col = columns.length - 1;
    }
    for (const themeId of new Set(coding.themeIds)) {
      const row = rowIndex.get(themeId);
      const line = row === undefined ? undefined : counts[row];
      if (line) line[col] = (line[col] ?? 0) + 1;
    }
  }
  const rowTotals = counts.map((line) => line.reduce((a, b) => a + b, 0));
  const columnTotals = columns.map((_, col) => counts.reduce((a, line) => a + (line[col] ?? 0), 0));
  const max = Math.max(0, ...counts.flat());
  return { rows, columns, counts, rowTotals, columnTotals, max };
}
