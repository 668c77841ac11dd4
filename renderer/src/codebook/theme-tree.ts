import { cellKey, computeMatrix } from '../../../shared/analysis/matrix';
import type { Coding, Theme } from '../../../shared/model/entities';
import type { ProjectData } from '../../../shared/model/project-data';

export interface ThemeRow {
  theme: Theme;
  depth: number;
  /** It has sub-themes, shown or folded away. */
  hasChildren: boolean;
  /** A readable path, e.g. "Samverkan › Strategiskt ägarskap". */
  path: string;
}

/**
 * The codebook in reading order: each theme followed by its children (unless it is folded in
 * `collapsed`), siblings by `order`. A theme whose parent is missing is shown at the top level
 * rather than lost.
 */
export function flattenThemes(
  themes: readonly Theme[],
  collapsed: ReadonlySet<string> = new Set(),
): ThemeRow[] {
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<string | null, Theme[]>();
  for (const theme of themes) {
    const parent = theme.parentId && ids.has(theme.parentId) ? theme.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(theme);
    children.set(parent, list);
  }
  for (const list of children.values()) {
    list.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  }
  const rows: ThemeRow[] = [];
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

/** A theme's name indented by its depth, for a <select> option (options take no padding). */
export function indentedName(row: Pick<ThemeRow, 'theme' | 'depth'>): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(row.depth)}${row.theme.name}`;
}

/** Themes as a select field's options, in tree order and indented. */
export function themeOptions(
  rows: readonly Pick<ThemeRow, 'theme' | 'depth'>[],
): { value: string; label: string }[] {
  return rows.map((row) => ({ value: row.theme.id, label: indentedName(row) }));
}

/** The ids of a theme and all its descendants. */
export function subtreeIds(themes: readonly Theme[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const theme of themes) {
      if (theme.parentId && ids.has(theme.parentId) && !ids.has(theme.id)) {
        ids.add(theme.id);
        grew = true;
      }
    }
  }
  return ids;
}

export interface ThemeCounts {
  codings: number;
  sources: number;
  cases: number;
}

/**
 * How many codings use each theme, in how many sources and cases: the matrix's own row totals,
 * so the codebook and the matrix cannot disagree. `rollUp` (the matrix's default) counts a parent
 * theme's sub-themes' codings too, each coding once.
 */
export function countByTheme(data: ProjectData, rollUp: boolean): Map<string, ThemeCounts> {
  const matrix = computeMatrix(data, { kind: 'cases' }, rollUp);
  const counts = new Map<string, ThemeCounts>();
  for (const [id, total] of matrix.rowTotals) {
    let cases = 0;
    for (const column of matrix.columns) if (matrix.cells.has(cellKey(id, column.id))) cases++;
    counts.set(id, { codings: total.codings, sources: total.sources, cases });
  }
  return counts;
}

/** What deleting a theme takes with it: sub-themes, and codings left with no theme. */
export function deletionImpact(
  themes: readonly Theme[],
  codings: readonly Coding[],
  themeId: string,
): { children: number; removedCodings: number; keptCodings: number } {
  const doomed = subtreeIds(themes, themeId);
  let removedCodings = 0;
  let keptCodings = 0;
  for (const coding of codings) {
    const hit = coding.themeIds.filter((id) => doomed.has(id)).length;
    if (hit === 0) continue;
    if (hit === coding.themeIds.length) removedCodings++;
    else keptCodings++;
  }
  return { children: doomed.size - 1, removedCodings, keptCodings };
}
