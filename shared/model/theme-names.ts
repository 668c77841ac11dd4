import type { Theme } from './entities';

/**
 * A theme's name as two names are compared: NFC, trimmed, case folded. "Projektkultur",
 * " projektkultur " and a decomposed "Projektkultur" are one name among siblings.
 */
export function themeNameKey(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('sv');
}

/**
 * The theme under `parentId` (null: the top level) already named like `name`, if any; themes in
 * `except` (the theme itself, one being merged away) do not count.
 */
export function siblingNamed(
  themes: readonly Pick<Theme, 'id' | 'parentId' | 'name'>[],
  parentId: string | null,
  name: string,
  except: ReadonlySet<string> = new Set(),
): Pick<Theme, 'id' | 'parentId' | 'name'> | undefined {
  const key = themeNameKey(name);
  return themes.find(
    (theme) =>
      (theme.parentId ?? null) === parentId &&
      !except.has(theme.id) &&
      themeNameKey(theme.name) === key,
  );
}
