import type { Theme } from '../../../shared/model/entities';
import { Swatch } from './Swatch';

/** A theme's name with its colour swatch, as it appears in lists. */
export function ThemeChip({ theme }: { theme: Pick<Theme, 'name' | 'colour'> }) {
  return (
    <span className="theme-chip">
      <Swatch colour={theme.colour} />
      {theme.name}
    </span>
  );
}
