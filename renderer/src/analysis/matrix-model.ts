import type { MatrixColumn, MatrixColumns } from '../../../shared/analysis/matrix';
import type { Case, Theme } from '../../../shared/model/entities';

/** One row of the matrix: a theme at its depth in the codebook tree. */
export interface MatrixRow {
  theme: Theme;
  depth: number;
  hasChildren: boolean;
  /** Names from the top theme down, e.g. "Samverkan › Operativ samverkan". */
  path: string;
}

/**
 * The codebook as matrix rows in reading order (siblings by `order`), leaving out the
 * descendants of collapsed themes. A theme whose parent is missing is shown at the top.
 */
export function matrixRows(themes: readonly Theme[], collapsed: ReadonlySet<string>): MatrixRow[] {
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<string | null, Theme[]>();
  for (const theme of themes) {
    const parent = theme.parentId && ids.has(theme.parentId) ? theme.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), theme]);
  }
  for (const list of children.values())
    list.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  const rows: MatrixRow[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number, prefix: string) => {
    for (const theme of children.get(parent) ?? []) {
      if (seen.has(theme.id)) continue;
      seen.add(theme.id);
      const path = prefix ? `${prefix} › ${theme.name}` : theme.name;
      const hasChildren = (children.get(theme.id)?.length ?? 0) > 0;
      rows.push({ theme, depth, hasChildren, path });
      if (!collapsed.has(theme.id)) visit(theme.id, depth + 1, path);
    }
  };
  visit(null, 0, '');
  return rows;
}

/** Every parent theme (for "collapse all"). */
export function parentThemeIds(themes: readonly Theme[]): Set<string> {
  return new Set(themes.flatMap((t) => (t.parentId ? [t.parentId] : [])));
}

/** The value a case has for an attribute, as the matrix groups it ('' when it has none). */
export function attributeValueOf(kase: Case, key: string): string {
  const attribute = kase.attributes.find((a) => a.key === key);
  return attribute === undefined ? '' : String(attribute.value);
}

/** The cases behind one matrix column (mirrors how `computeMatrix` builds its columns). */
export function casesOfColumn(
  cases: readonly Case[],
  mode: MatrixColumns,
  columnId: string,
): string[] {
  return cases
    .filter((c) => {
      if (mode.kind === 'cases') return c.id === columnId;
      if (mode.kind === 'caseType') return `type:${c.type}` === columnId;
      return `attr:${attributeValueOf(c, mode.key)}` === columnId;
    })
    .map((c) => c.id);
}

/** Attribute keys that occur in any case, in first-seen order, for the column choice. */
export function attributeKeys(cases: readonly Case[]): string[] {
  const keys: string[] = [];
  for (const c of cases) for (const a of c.attributes) if (!keys.includes(a.key)) keys.push(a.key);
  return keys;
}

/** How a column is named to the user, given translators for case types and attribute values. */
export function columnName(
  column: MatrixColumn,
  mode: MatrixColumns,
  names: { caseType: (type: string) => string; attributeValue: (value: string) => string },
): string {
  if (mode.kind === 'caseType') return names.caseType(column.label);
  if (mode.kind === 'attribute') return names.attributeValue(column.label);
  return column.label;
}
