import type { MatrixColumn, MatrixColumns } from '../../../shared/analysis/matrix';
import type { Case, Theme } from '../../../shared/model/entities';
import { themeTree, type ThemeRow } from '../../../shared/model/theme-tree';

/** One row of the matrix: a theme at its depth in the codebook tree. */
export type MatrixRow = ThemeRow;

/** The codebook as matrix rows in reading order, leaving out the descendants of collapsed themes. */
export function matrixRows(themes: readonly Theme[], collapsed: ReadonlySet<string>): MatrixRow[] {
  return themeTree(themes, collapsed);
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
