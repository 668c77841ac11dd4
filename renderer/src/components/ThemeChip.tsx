import type { Theme } from '../../../shared/model/entities';

/** A theme's name with its colour swatch, as it appears in lists. */
export function ThemeChip({ theme }: { theme: Pick<Theme, 'name' | 'colour'> }) {
  return (
    <span className="theme-chip">
      <span className="swatch" style={{ backgroundColor: theme.colour }} aria-hidden="true" />
      {theme.name}
    </span>
  );
}
