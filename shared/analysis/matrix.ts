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
  const caseOfSource = new Map(data.sources.map((s) => [s.id, s.caseId]));
  const parentOf = new Map(data.themes.map((t) => [t.id, t.parentId]));
  const rowsOf = (themeIds: readonly string[]): Set<string> => {
    const rows = new Set<string>();
    for (const id of themeIds) {
      let current: string | null | undefined = id;
      while (current) {
        rows.add(current);
        current = rollUp ? parentOf.get(current) : null;
      }
    }
    return rows;
  };

  const cells = new Map<string, MatrixCell>();
  const rowTotals = new Map<string, MatrixCell>();
  const columnTotals = new Map<string, MatrixCell>();
  const seenSources = new Set<string>();
  const count = (map: Map<string, MatrixCell>, key: string, coding: Coding) => {
    let cell = map.get(key);
    if (!cell) {
      cell = emptyCell();
      map.set(key, cell);
    }
    cell.codings++;
    cell.valence[coding.valence]++;
    const sourceKey = `${key}#${coding.sourceId}`;
    if (!seenSources.has(sourceKey)) {
      seenSources.add(sourceKey);
      cell.sources++;
    }
  };
  for (const coding of data.codings) {
    const caseId = caseOfSource.get(coding.sourceId);
    const column = caseId ? columnOfCase.get(caseId) : undefined;
    const rows = rowsOf(coding.themeIds);
    for (const row of rows) {
      if (column) count(cells, cellKey(row, column.id), coding);
      count(rowTotals, `row:${row}`, coding);
    }
    if (column && rows.size > 0) count(columnTotals, `col:${column.id}`, coding);
  }
  return {
    columns: columnList,
    cells,
    rowTotals: rekey(rowTotals, 'row:'),
    columnTotals: rekey(columnTotals, 'col:'),
  };
}

function rekey(map: Map<string, MatrixCell>, prefix: string): Map<string, MatrixCell> {
  return new Map([...map].map(([key, cell]) => [key.slice(prefix.length), cell]));
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
