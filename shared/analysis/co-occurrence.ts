import type { Coding } from '../model/entities';

export interface CoOccurrence {
  a: string;
  b: string;
  /** Pairs of codings (or codings sharing a paragraph) that join the two themes. */
  count: number;
}

/** Where two themes meet: one stretch of a source and the codings that join them there. */
export interface CoOccurrencePlace {
  sourceId: string;
  /** Code points, end exclusive: from the first joining coding's start to the last one's end. */
  start: number;
  end: number;
  codingIds: string[];
}

/**
 * Calls `visit` for every meeting of two themes: the themes of one coding with each other, and
 * the themes of two codings in the same source that overlap or (given paragraph numbers) share
 * a paragraph. Counting and listing the places both walk this, so they cannot disagree.
 */
function eachMeeting(
  codings: readonly Coding[],
  paragraphOf: ((coding: Coding) => number) | undefined,
  visit: (x: string, y: string, first: Coding, second: Coding) => void,
): void {
  const bySource = new Map<string, Coding[]>();
  for (const coding of codings) {
    for (let i = 0; i < coding.themeIds.length; i++) {
      for (let j = i + 1; j < coding.themeIds.length; j++)
        visit(coding.themeIds[i] ?? '', coding.themeIds[j] ?? '', coding, coding);
    }
    const list = bySource.get(coding.sourceId) ?? [];
    list.push(coding);
    bySource.set(coding.sourceId, list);
  }
  for (const list of bySource.values()) {
    list.sort((x, y) => x.start - y.start);
    for (let i = 0; i < list.length; i++) {
      const first = list[i] as Coding;
      for (let j = i + 1; j < list.length; j++) {
        const second = list[j] as Coding;
        const overlaps = second.start < first.end;
        const sameParagraph =
          paragraphOf !== undefined && paragraphOf(first) === paragraphOf(second);
        if (!overlaps && !sameParagraph) {
          if (paragraphOf === undefined || paragraphOf(second) > paragraphOf(first)) break;
          continue;
        }
        for (const a of first.themeIds) for (const b of second.themeIds) visit(a, b, first, second);
      }
    }
  }
}

/**
 * How often two themes meet: on the same coding, on overlapping codings, or (given paragraph
 * numbers) on codings in the same paragraph of the same source.
 */
export function coOccurrence(
  codings: readonly Coding[],
  paragraphOf?: (coding: Coding) => number,
): CoOccurrence[] {
  const counts = new Map<string, number>();
  eachMeeting(codings, paragraphOf, (x, y) => {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}|${b}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return [...counts]
    .map(([key, count]) => {
      const [a = '', b = ''] = key.split('|');
      return { a, b, count };
    })
    .sort((x, y) => y.count - x.count);
}

/**
 * The places where themes `a` and `b` meet (as `coOccurrence` counts them), in source order:
 * each meeting covers its codings, and meetings that overlap in one source are one place.
 */
export function coOccurrencePlaces(
  codings: readonly Coding[],
  a: string,
  b: string,
  paragraphOf?: (coding: Coding) => number,
): CoOccurrencePlace[] {
  const spans: CoOccurrencePlace[] = [];
  eachMeeting(codings, paragraphOf, (x, y, first, second) => {
    if (x === y || !((x === a && y === b) || (x === b && y === a))) return;
    spans.push({
      sourceId: first.sourceId,
      start: Math.min(first.start, second.start),
      end: Math.max(first.end, second.end),
      codingIds: first === second ? [first.id] : [first.id, second.id],
    });
  });
  const sourceOrder = new Map<string, number>();
  for (const coding of codings)
    if (!sourceOrder.has(coding.sourceId)) sourceOrder.set(coding.sourceId, sourceOrder.size);
  spans.sort(
    (p, q) =>
      (sourceOrder.get(p.sourceId) ?? 0) - (sourceOrder.get(q.sourceId) ?? 0) || p.start - q.start,
  );
  const places: CoOccurrencePlace[] = [];
  for (const span of spans) {
    const last = places.at(-1);
    if (last && last.sourceId === span.sourceId && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      for (const id of span.codingIds) if (!last.codingIds.includes(id)) last.codingIds.push(id);
    } else {
      places.push({ ...span, codingIds: [...span.codingIds] });
    }
  }
  return places;
}
