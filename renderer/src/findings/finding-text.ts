/** A text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const kept = (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd();
  // "nivå.…" reads badly: the ellipsis replaces a final stop or comma.
  return `${kept.replace(/[.,;:–-]+$/u, '')}…`;
}
