import type { CSSProperties } from 'react';

// Light enough that black text keeps ≥ 4.5:1 contrast even with three tints stacked.
const TINT_ALPHA = 0.2;
const MAX_LAYERS = 3;
const LINE = 2;

/** A theme colour (#rrggbb) as rgba with the given opacity. */
export function tint(colour: string, alpha = TINT_ALPHA): string {
  const n = Number.parseInt(colour.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * The look of a coded segment: one light tint per coding stacked, and one thin underline per
 * coding stacked below the text, so overlaps stay visible and countable.
 */
export function highlightStyle(colours: readonly string[]): CSSProperties {
  if (colours.length === 0) return {};
  const shown = colours.slice(0, MAX_LAYERS);
  return {
    backgroundImage: shown.map((c) => `linear-gradient(${tint(c)}, ${tint(c)})`).join(', '),
    boxShadow: shown.map((c, i) => `inset 0 -${(i + 1) * LINE}px 0 ${c}`).join(', '),
  };
}
