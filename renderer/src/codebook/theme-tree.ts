import type { Coding, Theme } from '../../../shared/model/entities';

export interface ThemeRow {
  theme: Theme;
  depth: number;
  /** A readable path, e.g. "Samverkan › Strategiskt ägarskap". */
  path: string;
}

/**
 * The codebook in reading order: each theme followed by its children, siblings by `order`.
 * A theme whose parent is missing is shown at the top level rather than lost.
 */
export function flattenThemes(themes: readonly Theme[]): ThemeRow[] {
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
      rows.push({ theme, depth, path });
      visit(theme.id, depth + 1, path);
    }
  };
  visit(null, 0, '');
  return rows;
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
}

/** How many codings use each theme, and in how many sources. */
export function countByTheme(codings: readonly Coding[]): Map<string, ThemeCounts> {
  const codingCount = new Map<string, number>();
  const sources = new Map<string, Set<string>>();
  for (const coding of codings) {
    for (const themeId of coding.themeIds) {
      codingCount.set(themeId, (codingCount.get(themeId) ?? 0) + 1);
      const set = sources.get(themeId) ?? new Set<string>();
      set.add(coding.sourceId);
      sources.set(themeId, set);
    }
  }
  const counts = new Map<string, ThemeCounts>();
  for (const [id, n] of codingCount) {
    counts.set(id, { codings: n, sources: sources.get(id)?.size ?? 0 });
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
