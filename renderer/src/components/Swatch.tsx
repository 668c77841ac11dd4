/** A theme's colour as a small square: decoration, the theme's name is always beside it. */
export function Swatch({ colour, large = false }: { colour: string | undefined; large?: boolean }) {
  return (
    <span
      className={large ? 'swatch swatch-large' : 'swatch'}
      style={{ backgroundColor: colour }}
      aria-hidden="true"
    />
  );
}
