/**
 * The colours a theme can take (the one home of theme colours: the codebook's picker and new
 * themes in the app, and every theme an import makes without a colour of its own): twelve calm, distinct hues. Each is used at low opacity behind
 * black text, so all stay readable; as swatches and underlines they stay distinguishable.
 */
export const themePalette = [
  { name: 'blue', colour: '#4e79a7' },
  { name: 'sky', colour: '#6fa8dc' },
  { name: 'teal', colour: '#499894' },
  { name: 'green', colour: '#59a14f' },
  { name: 'olive', colour: '#8f9a3c' },
  { name: 'yellow', colour: '#e2b33c' },
  { name: 'orange', colour: '#f28e2b' },
  { name: 'red', colour: '#e15759' },
  { name: 'pink', colour: '#d37295' },
  { name: 'purple', colour: '#b07aa1' },
  { name: 'brown', colour: '#9d7660' },
  { name: 'grey', colour: '#79706e' },
] as const;

/**
 * The colour of a theme that comes without one (an imported code with no colour, at the top of
 * the tree; below it a code takes its parent's): the palette's calm grey.
 */
export const DEFAULT_THEME_COLOUR: string = themePalette[11].colour;

/** A palette colour not yet used by any theme (or the first one when all are taken). */
export function nextFreeColour(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  return (themePalette.find((p) => !taken.has(p.colour)) ?? themePalette[0]).colour;
}
