import { cellKey, computeMatrix } from './matrix';
import type { Coding, Theme } from '../model/entities';
import type { ProjectView } from '../model/project-data';
import { themeWithDescendants } from '../model/theme-tree';

export interface ThemeCounts {
  codings: number;
  sources: number;
  cases: number;
}

/**
 * How many codings use each theme, in how many sources and cases: the matrix's own row totals,
 * so the codebook and the matrix cannot disagree. `rollUp` (the matrix's default) counts a parent
 * theme's sub-themes' codings too, each coding once. Themes without codings are left out.
 */
export function countByTheme(data: ProjectView, rollUp: boolean): Record<string, ThemeCounts> {
  const matrix = computeMatrix(data, { kind: 'cases' }, rollUp);
  const counts: Record<string, ThemeCounts> = {};
  for (const [id, total] of matrix.rowTotals) {
    let cases = 0;
    for (const column of matrix.columns) if (matrix.cells.has(cellKey(id, column.id))) cases++;
    counts[id] = { codings: total.codings, sources: total.sources, cases };
  }
  return counts;
}

/** What deleting a theme takes with it: sub-themes, and codings left with no theme. */
export function deletionImpact(
  themes: readonly Theme[],
  codings: readonly Coding[],
  themeId: string,
): { children: number; removedCodings: number; keptCodings: number } {
  const doomed = themeWithDescendants(themes, themeId);
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
