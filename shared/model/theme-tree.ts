import type { Theme } from './entities';

/*
 * The codebook as a tree: its order, the paths of its themes and a theme's descendants. The app,
 * the Excel report and every other output read the tree through this module, so a theme stands
 * in the same place everywhere.
 */

/** Whether a theme can be chosen for coding: every theme but a grouping (`codable: false`). */
export function isCodable(theme: Pick<Theme, 'codable'>): boolean {
  return theme.codable !== false;
}

/** Joins theme names from the root down: "Samverkan › Operativ samverkan". */
export const THEME_PATH_SEPARATOR = ' › ';

/*
 * Swedish collation for every reader: the order is the project's, not the viewer's, so the app
 * (any UI language) and an English report list siblings alike. Theme names compare as Swedish
 * elsewhere too (`themeNameKey`).
 */
const names = new Intl.Collator('sv');

type TreeTheme = Pick<Theme, 'id' | 'parentId' | 'name' | 'order'>;

/** Siblings' order: their `order`, then their names (an import can give two the same order). */
export function compareThemes(a: TreeTheme, b: TreeTheme): number {
  return a.order - b.order || names.compare(a.name, b.name);
}

/** A theme's parent as the tree sees it: a parent missing from the list counts as none. */
function parentIn(ids: ReadonlySet<string>, theme: TreeTheme): string | null {
  return theme.parentId !== null && ids.has(theme.parentId) ? theme.parentId : null;
}

/** Each parent's children (null: the top level), in tree order. */
function childrenByParent<T extends TreeTheme>(themes: readonly T[]): Map<string | null, T[]> {
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<string | null, T[]>();
  for (const theme of themes) {
    const parent = parentIn(ids, theme);
    const list = children.get(parent) ?? [];
    list.push(theme);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort(compareThemes);
  return children;
}

/** A parent's children (null: the top level) in tree order; a theme with a missing parent is top-level. */
export function childThemes<T extends TreeTheme>(
  themes: readonly T[],
  parentId: string | null,
): T[] {
  return childrenByParent(themes).get(parentId) ?? [];
}

export interface ThemeRow {
  theme: Theme;
  /** 0 for a top-level theme. */
  depth: number;
  /** It has sub-themes, shown or folded away. */
  hasChildren: boolean;
  /** The names from the top down, e.g. "Samverkan › Strategiskt ägarskap". */
  path: string;
}

/**
 * The codebook in reading order: each theme followed by its children (unless it is folded in
 * `collapsed`), siblings by `compareThemes`. A theme whose parent is missing is shown at the top
 * level rather than lost; a cycle in bad data cannot loop.
 */
export function themeTree(
  themes: readonly Theme[],
  collapsed: ReadonlySet<string> = new Set(),
): ThemeRow[] {
  const children = childrenByParent(themes);
  const rows: ThemeRow[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number, prefix: string) => {
    for (const theme of children.get(parent) ?? []) {
      if (seen.has(theme.id)) continue;
      seen.add(theme.id);
      const path = prefix ? `${prefix}${THEME_PATH_SEPARATOR}${theme.name}` : theme.name;
      const hasChildren = (children.get(theme.id)?.length ?? 0) > 0;
      rows.push({ theme, depth, hasChildren, path });
      if (!collapsed.has(theme.id)) visit(theme.id, depth + 1, path);
    }
  };
  visit(null, 0, '');
  return rows;
}

/** Every theme's path ("Parent › Child"), from the top down (cycle-safe). */
export function themePaths(themes: readonly Theme[]): Map<string, string> {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const paths = new Map<string, string>();
  for (const theme of themes) {
    const path: string[] = [];
    const seen = new Set<string>();
    for (let t: Theme | undefined = theme; t && !seen.has(t.id); t = byId.get(t.parentId ?? '')) {
      seen.add(t.id);
      path.unshift(t.name);
    }
    paths.set(theme.id, path.join(THEME_PATH_SEPARATOR));
  }
  return paths;
}

/** The ids of a theme and all its descendants. */
export function themeWithDescendants(
  themes: readonly Pick<Theme, 'id' | 'parentId'>[],
  rootId: string,
): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const theme of themes) {
      if (theme.parentId !== null && ids.has(theme.parentId) && !ids.has(theme.id)) {
        ids.add(theme.id);
        grew = true;
      }
    }
  }
  return ids;
}
