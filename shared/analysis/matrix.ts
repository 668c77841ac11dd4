import type { Coding, Valence } from '../model/entities';
import type { ProjectData } from '../model/project-data';

/** What one theme × column cell holds. */
export interface MatrixCell {
  codings: number;
  sources: number;
  valence: Record<Valence, number>;
}

export interface MatrixColumn {
  id: string;
  label: string;
}

/** Columns are the cases, or the values of one case attribute (e.g. municipality vs county actor). */
export type MatrixColumns =
  { kind: 'cases' } | { kind: 'attribute'; key: string } | { kind: 'caseType' };

export interface ThemeCaseMatrix {
  columns: MatrixColumn[];
  /** Cell by `${themeId}|${columnId}`; a missing cell is empty. */
  cells: Map<string, MatrixCell>;
  rowTotals: Map<string, MatrixCell>;
  columnTotals: Map<string, MatrixCell>;
}

const emptyCell = (): MatrixCell => ({
  codings: 0,
  sources: 0,
  valence: { strength: 0, weakness: 0, mixed: 0, neutral: 0 },
});

/** The key of a cell in `ThemeCaseMatrix.cells`. */
export function cellKey(themeId: string, columnId: string): string {
  return `${themeId}|${columnId}`;
}

/**
 * Counts codings, distinct sources and valences per theme and column in one pass over the
 * codings. With `rollUp`, a parent theme's row also counts its sub-themes' codings (once each).
 */
export function computeMatrix(
  data: ProjectData,
  columns: MatrixColumns,
  rollUp: boolean,
): ThemeCaseMatrix {
  const columnOfCase = new Map<string, MatrixColumn>();
  const columnList: MatrixColumn[] = [];
  const addColumn = (id: string, label: string) => {
    let column = columnList.find((c) => c.id === id);
    if (!column) {
      column = { id, label };
      columnList.push(column);
    }
    return column;
  };
  for (const c of data.cases) {
    if (columns.kind === 'cases') columnOfCase.set(c.id, addColumn(c.id, c.name));
    else if (columns.kind === 'caseType')
      columnOfCase.set(c.id, addColumn(`type:${c.type}`, c.type));
    else {
      const attribute = c.attributes.find((a) => a.key === columns.key);
      const value = attribute === undefined ? '' : String(attribute.value);
      columnOfCase.set(c.id, addColumn(`attr:${value}`, value));
    }
  }
  // Numbers, not string keys, in the hot loop: 50,000 codings take milliseconds, not seconds.
  const themeIndex = new Map(data.themes.map((t, i) => [t.id, i]));
  const parentIndex = data.themes.map((t) =>
    t.parentId ? (themeIndex.get(t.parentId) ?? -1) : -1,
  );
  const columnIndex = new Map(columnList.map((c, i) => [c.id, i]));
  const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
  const columnOfSource = data.sources.map((s) => {
    const column = s.caseId ? columnOfCase.get(s.caseId) : undefined;
    return column ? (columnIndex.get(column.id) ?? -1) : -1;
  });
  const rowCount = data.themes.length;
  const width = columnList.length + 1; // the last column holds the row totals
  const cellCounts = Array.from({ length: rowCount * width }, () => null as MatrixCell | null);
  const columnCounts = Array.from({ length: columnList.length }, () => null as MatrixCell | null);
  // Codings are visited source by source, so "a new source for this cell" is one comparison.
  const lastCellSource = new Int32Array(rowCount * width).fill(-1);
  const lastColumnSource = new Int32Array(columnList.length).fill(-1);
  const bump = (
    list: (MatrixCell | null)[],
    last: Int32Array,
    at: number,
    coding: Coding,
    source: number,
  ) => {
    const cell = (list[at] ??= emptyCell());
    cell.codings++;
    cell.valence[coding.valence]++;
    if (last[at] !== source) {
      last[at] = source;
      cell.sources++;
    }
  };
  const bySource: Coding[][] = data.sources.map(() => []);
  for (const coding of data.codings) {
    const source = sourceIndex.get(coding.sourceId);
    if (source !== undefined) bySource[source]?.push(coding);
  }
  const rows = new Set<number>();
  bySource.forEach((codings, source) => {
    const column = columnOfSource[source] ?? -1;
    for (const coding of codings) {
      rows.clear();
      for (const id of coding.themeIds) {
        let row = themeIndex.get(id) ?? -1;
        while (row >= 0 && !rows.has(row)) {
          rows.add(row);
          row = rollUp ? (parentIndex[row] ?? -1) : -1;
        }
      }
      for (const row of rows) {
        if (column >= 0) bump(cellCounts, lastCellSource, row * width + column, coding, source);
        bump(cellCounts, lastCellSource, row * width + width - 1, coding, source);
      }
      if (column >= 0 && rows.size > 0)
        bump(columnCounts, lastColumnSource, column, coding, source);
    }
  });
  const cells = new Map<string, MatrixCell>();
  const rowTotals = new Map<string, MatrixCell>();
  data.themes.forEach((theme, row) => {
    columnList.forEach((column, c) => {
      const cell = cellCounts[row * width + c];
      if (cell) cells.set(cellKey(theme.id, column.id), cell);
    });
    const total = cellCounts[row * width + width - 1];
    if (total) rowTotals.set(theme.id, total);
  });
  const columnTotals = new Map<string, MatrixCell>();
  columnList.forEach((column, c) => {
    const total = columnCounts[c];
    if (total) columnTotals.set(column.id, total);
  });
  return { columns: columnList, cells, rowTotals, columnTotals };
}

/** Strengths minus weaknesses over all valenced codings, from -1 to 1 (0 when none). */
export function valenceBalance(cell: MatrixCell): number {
  const { strength, weakness } = cell.valence;
  return strength + weakness === 0 ? 0 : (strength - weakness) / (strength + weakness);
}

export interface CoOccurrence {
  a: string;
  b: string;
  /** Pairs of codings (or codings sharing a paragraph) that join the two themes. */
  count: number;
}

/**
 * How often two themes meet: on the same coding, on overlapping codings, or (given paragraph
 * numbers) on codings in the same paragraph of the same source.
 */
export function coOccurrence(
  codings: readonly Coding[],
  paragraphOf?: (coding: Coding) => number,
): CoOccurrence[] {
  const counts = new Map<string, number>();
  const bump = (x: string, y: string) => {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}|${b}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const bySource = new Map<string, Coding[]>();
  for (const coding of codings) {
    for (let i = 0; i < coding.themeIds.length; i++) {
      for (let j = i + 1; j < coding.themeIds.length; j++)
        bump(coding.themeIds[i] ?? '', coding.themeIds[j] ?? '');
    }
    const list = bySource.get(coding.sourceId) ?? [];
    list.push(coding);
    bySource.set(coding.sourceId, list);
  }
  for (const list of bySource.values()) {
    list.sort((x, y) => x.start - y.start);
    for (let i = 0; i < list.length; i++) {
      const first = list[i] as Coding;
      for (let j = i + 1; j < list.length; j++) {
        const second = list[j] as Coding;
        const overlaps = second.start < first.end;
        const sameParagraph =
          paragraphOf !== undefined && paragraphOf(first) === paragraphOf(second);
        if (!overlaps && !sameParagraph) {
          if (paragraphOf === undefined || paragraphOf(second) > paragraphOf(first)) break;
          continue;
        }
        for (const a of first.themeIds) for (const b of second.themeIds) bump(a, b);
      }
    }
  }
  return [...counts]
    .map(([key, count]) => {
      const [a = '', b = ''] = key.split('|');
      return { a, b, count };
    })
    .sort((x, y) => y.count - x.count);
}
