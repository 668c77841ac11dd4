import type { Valence } from '../model/entities';
import type { ProjectView } from '../model/project-data';

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

/** The key of a cell in `ThemeCaseMatrix.cells`. */
export function cellKey(themeId: string, columnId: string): string {
  return `${themeId}|${columnId}`;
}

/** The matrix as counted: six numbers a slot (`STRIDE`), a row of slots per theme. */
interface MatrixCounts {
  columns: MatrixColumn[];
  /** Per theme row: a slot per column, then the row total; then a slot per column total. */
  counts: Int32Array;
  width: number;
  columnSlot: number;
}

/**
 * Counts codings, distinct sources and valences per theme and column in one pass over the
 * codings. With `rollUp`, a parent theme's row also counts its sub-themes' codings (once each).
 * Given `coderIds`, only those coders' codings count (none given: everyone's).
 */
export function computeMatrix(
  data: ProjectView,
  columns: MatrixColumns,
  rollUp: boolean,
  coderIds: readonly string[] = [],
): ThemeCaseMatrix {
  const {
    columns: columnList,
    counts,
    width,
    columnSlot,
  } = countMatrix(data, columns, rollUp, coderIds);
  const cellAt = (slot: number) => cellOf(counts, slot * STRIDE);
  const cells = new Map<string, MatrixCell>();
  const rowTotals = new Map<string, MatrixCell>();
  data.themes.forEach((theme, row) => {
    columnList.forEach((column, c) => {
      const cell = cellAt(row * width + c);
      if (cell) cells.set(cellKey(theme.id, column.id), cell);
    });
    const total = cellAt(row * width + width - 1);
    if (total) rowTotals.set(theme.id, total);
  });
  const columnTotals = new Map<string, MatrixCell>();
  columnList.forEach((column, c) => {
    const total = cellAt(columnSlot + c);
    if (total) columnTotals.set(column.id, total);
  });
  return { columns: columnList, cells, rowTotals, columnTotals };
}

function countMatrix(
  data: ProjectView,
  columns: MatrixColumns,
  rollUp: boolean,
  coderIds: readonly string[],
): MatrixCounts {
  const coders = new Set(coderIds);
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
  // Flat typed arrays and numbers, not string keys or objects, in the hot loop: 50,000
  // codings take a few milliseconds.
  const themeIndex = new Map(data.themes.map((t, i) => [t.id, i]));
  const parentIndex = Int32Array.from(data.themes, (t) =>
    t.parentId ? (themeIndex.get(t.parentId) ?? -1) : -1,
  );
  const columnIndex = new Map(columnList.map((c, i) => [c.id, i]));
  const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
  const columnOfSource = Int32Array.from(data.sources, (s) => {
    const column = s.caseId ? columnOfCase.get(s.caseId) : undefined;
    return column ? (columnIndex.get(column.id) ?? -1) : -1;
  });
  const rowCount = data.themes.length;
  const width = columnList.length + 1; // the last column holds the row totals
  // Slots: one per cell, then one per column total. Each slot counts codings, sources and
  // the four valences in its own stride of the arrays below.
  const slots = rowCount * width + columnList.length;
  const columnSlot = rowCount * width;
  const counts = new Int32Array(slots * STRIDE);
  // Codings are visited source by source, so "a new source for this slot" is one comparison.
  const lastSource = new Int32Array(slots).fill(-1);
  const bump = (slot: number, valence: number, source: number) => {
    const at = slot * STRIDE;
    counts[at] = (counts[at] ?? 0) + 1;
    counts[at + 2 + valence] = (counts[at + 2 + valence] ?? 0) + 1;
    if (lastSource[slot] !== source) {
      lastSource[slot] = source;
      counts[at + 1] = (counts[at + 1] ?? 0) + 1;
    }
  };
  // One pass over the codings in their own order (memory-friendly) turns each into numbers:
  // its source, valence and theme rows. The counting pass below touches only typed arrays.
  const codingCount = data.codings.length;
  const sourceOf = new Int32Array(codingCount);
  const valenceOf = new Uint8Array(codingCount);
  const rowStart = new Int32Array(codingCount + 1);
  let rowList = new Int32Array(codingCount * 2 + 16);
  let rowsUsed = 0;
  const perSource = new Int32Array(data.sources.length + 1);
  const seen = new Int32Array(Math.max(rowCount, 1)).fill(-1);
  data.codings.forEach((coding, i) => {
    const counted = coders.size === 0 || coders.has(coding.coderId);
    const source = counted ? (sourceIndex.get(coding.sourceId) ?? -1) : -1;
    sourceOf[i] = source;
    valenceOf[i] = VALENCE_SLOT[coding.valence];
    rowStart[i] = rowsUsed;
    if (source < 0) return;
    perSource[source + 1] = (perSource[source + 1] ?? 0) + 1;
    // Its themes and, rolled up, their ancestors, each once.
    for (const id of coding.themeIds) {
      let row = themeIndex.get(id) ?? -1;
      while (row >= 0 && seen[row] !== i) {
        seen[row] = i;
        if (rowsUsed === rowList.length) {
          const grown = new Int32Array(rowList.length * 2);
          grown.set(rowList);
          rowList = grown;
        }
        rowList[rowsUsed++] = row;
        row = rollUp ? (parentIndex[row] ?? -1) : -1;
      }
    }
  });
  rowStart[codingCount] = rowsUsed;
  // Codings ordered by source (a counting sort), so "a new source for this slot" is one comparison.
  for (let s = 1; s < perSource.length; s++)
    perSource[s] = (perSource[s] ?? 0) + (perSource[s - 1] ?? 0);
  const order = new Int32Array(perSource[perSource.length - 1] ?? 0);
  for (let i = 0; i < codingCount; i++) {
    const source = sourceOf[i] ?? -1;
    if (source >= 0) order[(perSource[source] = (perSource[source] ?? 0) + 1) - 1] = i;
  }
  for (const i of order) {
    const source = sourceOf[i] ?? 0;
    const column = columnOfSource[source] ?? -1;
    const valence = valenceOf[i] ?? 0;
    const from = rowStart[i] ?? 0;
    const to = rowStart[i + 1] ?? 0;
    for (let r = from; r < to; r++) {
      const row = rowList[r] ?? 0;
      if (column >= 0) bump(row * width + column, valence, source);
      bump(row * width + width - 1, valence, source);
    }
    if (column >= 0 && to > from) bump(columnSlot + column, valence, source);
  }
  return { columns: columnList, counts, width, columnSlot };
}

/** Counts per slot: codings, sources, then strength, weakness, mixed, neutral. */
const STRIDE = 6;
const VALENCE_SLOT: Record<Valence, number> = { strength: 0, weakness: 1, mixed: 2, neutral: 3 };

/** Strengths minus weaknesses over all valenced codings, from -1 to 1 (0 when none). */
export function valenceBalance(cell: MatrixCell): number {
  const { strength, weakness } = cell.valence;
  return strength + weakness === 0 ? 0 : (strength - weakness) / (strength + weakness);
}

/**
 * A matrix as it crosses IPC: plain numbers, six a cell (codings, sources, then strengths,
 * weaknesses, mixed and neutral), not Maps (which JSON drops) nor 12,000 keyed objects (a
 * 60-theme, 200-case matrix: 2 MB of JSON as objects, a tenth of that as numbers).
 */
export interface MatrixFigures {
  columns: MatrixColumn[];
  /** Per theme id with any coding: six numbers for each column in order (zeros where empty). */
  rows: Record<string, number[]>;
  /** Per theme id with any coding: its row total's six numbers. */
  rowTotals: Record<string, number[]>;
  /** Six numbers for each column's total, in column order. */
  columnTotals: number[];
}

/** The cell whose six numbers start at `at` (undefined when it has no codings). */
function cellOf(numbers: ArrayLike<number>, at: number): MatrixCell | undefined {
  const codings = numbers[at] ?? 0;
  if (codings === 0) return undefined;
  return {
    codings,
    sources: numbers[at + 1] ?? 0,
    valence: {
      strength: numbers[at + 2] ?? 0,
      weakness: numbers[at + 3] ?? 0,
      mixed: numbers[at + 4] ?? 0,
      neutral: numbers[at + 5] ?? 0,
    },
  };
}

/**
 * The matrix as numbers, for main's answer: `computeMatrix`'s counts straight from its arrays,
 * with no cell objects made on the way.
 */
export function matrixFigures(
  data: ProjectView,
  columns: MatrixColumns,
  rollUp: boolean,
  coderIds: readonly string[] = [],
): MatrixFigures {
  const counted = countMatrix(data, columns, rollUp, coderIds);
  const { counts, width, columnSlot } = counted;
  const numbers = (slot: number, slots: number) =>
    Array.from(counts.subarray(slot * STRIDE, (slot + slots) * STRIDE));
  const rows: Record<string, number[]> = {};
  const rowTotals: Record<string, number[]> = {};
  data.themes.forEach((theme, row) => {
    if (!counts[(row * width + width - 1) * STRIDE]) return;
    rows[theme.id] = numbers(row * width, width - 1);
    rowTotals[theme.id] = numbers(row * width + width - 1, 1);
  });
  const columnTotals = numbers(columnSlot, counted.columns.length);
  return { columns: counted.columns, rows, rowTotals, columnTotals };
}

/** Lookups on a matrix main answered, each cell read from its numbers when a view asks. */
export class MatrixReader {
  readonly columns: readonly MatrixColumn[];
  private readonly figures: MatrixFigures;
  private readonly columnIndex: Map<string, number>;

  constructor(figures: MatrixFigures) {
    this.figures = figures;
    this.columns = figures.columns;
    this.columnIndex = new Map(figures.columns.map((column, i) => [column.id, i]));
  }

  /** One theme × column cell (undefined when empty). */
  cell(themeId: string, columnId: string): MatrixCell | undefined {
    const row = this.figures.rows[themeId];
    const column = this.columnIndex.get(columnId);
    return row && column !== undefined ? cellOf(row, column * STRIDE) : undefined;
  }

  /** A theme's row total. */
  rowTotal(themeId: string): MatrixCell | undefined {
    const total = this.figures.rowTotals[themeId];
    return total ? cellOf(total, 0) : undefined;
  }

  /** A column's total. */
  columnTotal(columnId: string): MatrixCell | undefined {
    const column = this.columnIndex.get(columnId);
    return column === undefined ? undefined : cellOf(this.figures.columnTotals, column * STRIDE);
  }

  /** The most codings in any cell of these themes' rows (the heat scale's top). */
  maxCodings(themeIds: Iterable<string>): number {
    let max = 0;
    for (const id of themeIds) {
      const row = this.figures.rows[id] ?? [];
      for (let at = 0; at < row.length; at += STRIDE) max = Math.max(max, row[at] ?? 0);
    }
    return max;
  }
}
