import type { ThemeRow } from '../../../shared/model/theme-tree';

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
