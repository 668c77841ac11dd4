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

/** A piece of an excerpt: text, marked when it is a hit. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/**
 * A coding's text for a preview: all of it when short, else about `max` characters around its
 * first hit, cut at spaces and marked "…" where text is left out; the hits marked.
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
  if (from > start) parts.push({ text: '…', hit: false });
  let at = from;
  for (const [markFrom, markTo] of marks) {
    const a = Math.max(markFrom, at);
    const b = Math.min(markTo, to);
    if (b <= a) continue;
    if (a > at) parts.push({ text: text.slice(at, a), hit: false });
    parts.push({ text: text.slice(a, b), hit: true });
    at = b;
  }
  if (to > at) parts.push({ text: text.slice(at, to), hit: false });
  if (to < end) parts.push({ text: '…', hit: false });
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
