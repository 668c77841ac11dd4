/**
 * The heat map's colours. A light tint of the accent blue, at most 42 % over white, so that the
 * darkest cell (#a6bcce) keeps the cell's text colours above 4.5:1: text #1c2230 8.1:1, the
 * strength green #174a27 5.2:1, the weakness red #7a211c 5.2:1.
 */
const HEAT_RGB = [43, 95, 138] as const;
const MIN_ALPHA = 0.06;
const MAX_ALPHA = 0.42;

/** The background of a cell with `count` codings where the fullest cell has `max`. */
export function heatColour(count: number, max: number): string | undefined {
  if (count <= 0 || max <= 0) return undefined;
  const alpha = MIN_ALPHA + (MAX_ALPHA - MIN_ALPHA) * Math.min(1, count / max);
  return `rgba(${HEAT_RGB.join(', ')}, ${alpha.toFixed(3)})`;
}
