import type { Span, TextUnit, TextUnits } from './text-units';

/**
 * What "code all hits" will make in one text: each hit grown to the chosen unit, and hits
 * whose units overlap merged into one coding (two hits in one turn make one coding, never two).
 */

export interface PlannedCoding extends Span {
  /** Indexes of the hits (as given) this coding covers. */
  hits: number[];
}

export interface CodingPlan {
  codings: PlannedCoding[];
  /** Hits that hold no codable text (a hit inside a speaker label, coded as itself). */
  unplaced: number[];
}

/** The codings one text's hits make at a unit: overlapping units merged, in text order. */
export function planCodings(units: TextUnits, hits: readonly Span[], unit: TextUnit): CodingPlan {
  const unplaced: number[] = [];
  const grown: PlannedCoding[] = [];
  hits.forEach((hit, index) => {
    const span = units.expand(hit, unit);
    if (span) grown.push({ ...span, hits: [index] });
    else unplaced.push(index);
  });
  grown.sort((a, b) => a.start - b.start || a.end - b.end);
  const codings: PlannedCoding[] = [];
  for (const next of grown) {
    const last = codings.at(-1);
    if (last && next.start < last.end) {
      last.end = Math.max(last.end, next.end);
      last.hits.push(...next.hits);
    } else {
      codings.push({ ...next, hits: [...next.hits] });
    }
  }
  for (const coding of codings) coding.hits.sort((a, b) => a - b);
  return { codings, unplaced };
}

/** A piece of an excerpt: words around the coding, the coding's own text, or a hit in it. */
export interface ExcerptPart {
  text: string;
  kind: 'context' | 'coded' | 'hit';
}

const CONTEXT = 50;

/**
 * A coding's text for a preview, with a few words of its paragraph on either side: all of it
 * when short, else about `max` characters around its first hit, cut at spaces and marked "…"
 * where text is left out; the hits marked.
 */
export function excerpt(
  units: TextUnits,
  span: Span,
  hits: readonly Span[],
  max = 220,
): ExcerptPart[] {
  const { text, offsets } = units;
  const start = offsets.toUtf16(span.start);
  const end = offsets.toUtf16(span.end);
  const marks = hits
    .map((hit) => [offsets.toUtf16(hit.start), offsets.toUtf16(hit.end)] as const)
    .filter(([from, to]) => to > start && from < end)
    .sort((a, b) => a[0] - b[0]);
  let from = start;
  let to = end;
  if (end - start > max) {
    const first = marks[0]?.[0] ?? start;
    // The first hit shows with some words before it (from the start, when it is near).
    if (first - start > max * 0.4) from = cutAtSpace(text, first - Math.round(max * 0.3), first);
    to = cutAtSpace(text, Math.max(from + max, (marks[0]?.[1] ?? from) + 1), end, true);
  }
  const parts: ExcerptPart[] = [];
  const context = (part: string) => part && parts.push({ text: part, kind: 'context' });
  const paragraph = units.expand(span, 'paragraph');
  const lineStart = Math.min(start, offsets.toUtf16(paragraph?.start ?? span.start));
  const lineEnd = Math.max(end, offsets.toUtf16(paragraph?.end ?? span.end));
  if (from > start) context('…');
  else if (start > lineStart) {
    const before =
      start - CONTEXT <= lineStart ? lineStart : cutAtSpace(text, start - CONTEXT, start);
    context(`${before > lineStart ? '…' : ''}${text.slice(before, start)}`);
  }
  let at = from;
  for (const [markFrom, markTo] of marks) {
    const a = Math.max(markFrom, at);
    const b = Math.min(markTo, to);
    if (b <= a) continue;
    if (a > at) parts.push({ text: text.slice(at, a), kind: 'coded' });
    parts.push({ text: text.slice(a, b), kind: 'hit' });
    at = b;
  }
  if (to > at) parts.push({ text: text.slice(at, to), kind: 'coded' });
  if (to < end) context('…');
  else if (end < lineEnd) {
    const after =
      end + CONTEXT >= lineEnd ? lineEnd : cutAtSpace(text, end + CONTEXT, lineEnd, true);
    const shown = text.slice(end, after);
    // "kommunen. …", not "kommunen.…".
    const gap = /[.!?…]$/u.test(shown) ? ' ' : '';
    context(`${shown}${after < lineEnd ? `${gap}…` : ''}`);
  }
  return parts;
}

/** The nearest space at or after `at` (before `limit`): where an excerpt may start or end. */
function cutAtSpace(text: string, at: number, limit: number, isEnd = false): number {
  if (at >= limit) return limit;
  const space = text.slice(at, limit).search(/\s/u);
  if (space < 0) return limit;
  const cut = at + space;
  // A start moves past the space; an end stops before it.
  return isEnd ? cut : Math.min(limit, cut + 1);
}
