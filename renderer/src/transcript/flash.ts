const NAME = 'fynd-flash';
const DURATION_MS = 2400;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Marks a range for a moment (a jump from Quotes or Search lands here). Painted with the CSS
 * Custom Highlight API, so the transcript's spans and any selection stay untouched.
 */
export function flashRange(range: Range): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set(NAME, new Highlight(range));
  clearTimeout(timer);
  timer = setTimeout(() => CSS.highlights.delete(NAME), DURATION_MS);
}
