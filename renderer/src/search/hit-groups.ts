import type { SearchHit } from '../../../shared/contract';
import type { Coding } from '../../../shared/model/entities';

/**
 * Search hits, and the codings planned from them, as the Search view shows and codes them:
 * grouped by source in project order, keyed, and turned into coding drafts. Pure, so it is
 * tested under Node.
 */

/** A place in a source: a hit or a planned coding (code points). */
export type Placed = Pick<SearchHit, 'sourceId' | 'start' | 'end'>;

export interface HitGroup<T extends Placed = SearchHit> {
  sourceId: string;
  hits: T[];
}

/** A place's identity (a source and where in it). */
export function hitKey(hit: Placed): string {
  return `${hit.sourceId}:${hit.start}:${hit.end}`;
}

/** Places grouped by source, sources in the project's order, places in text order. */
export function groupHits<T extends Placed>(
  hits: readonly T[],
  sourceOrder: readonly string[],
): HitGroup<T>[] {
  const rank = new Map(sourceOrder.map((id, i) => [id, i]));
  const groups = new Map<string, T[]>();
  for (const hit of hits) {
    const list = groups.get(hit.sourceId) ?? [];
    list.push(hit);
    groups.set(hit.sourceId, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))
    .map(([sourceId, list]) => ({ sourceId, hits: list.sort((x, y) => x.start - y.start) }));
}

/**
 * Keys of places a coding with the theme already covers (coding them again adds nothing).
 */
export function alreadyCoded(
  places: readonly Placed[],
  codings: readonly Coding[],
  themeId: string,
): Set<string> {
  const bySource = new Map<string, Coding[]>();
  for (const coding of codings) {
    if (!coding.themeIds.includes(themeId)) continue;
    const list = bySource.get(coding.sourceId) ?? [];
    list.push(coding);
    bySource.set(coding.sourceId, list);
  }
  const covered = (place: Placed) =>
    (bySource.get(place.sourceId) ?? []).some((c) => c.start <= place.start && c.end >= place.end);
  return new Set(places.filter(covered).map(hitKey));
}

export interface CodingDraft {
  sourceId: string;
  start: number;
  end: number;
  themeIds: string[];
  valence: Coding['valence'];
  memo: string;
}

/** The codings "code all hits" makes: one per place not excluded, in batches the API takes. */
export function codingDrafts(
  hits: readonly Placed[],
  excluded: ReadonlySet<string>,
  themeId: string,
  valence: Coding['valence'],
  batchSize = 5000,
): CodingDraft[][] {
  const drafts = hits
    .filter((hit) => !excluded.has(hitKey(hit)))
    .map((hit) => ({
      sourceId: hit.sourceId,
      start: hit.start,
      end: hit.end,
      themeIds: [themeId],
      valence,
      memo: '',
    }));
  const batches: CodingDraft[][] = [];
  for (let i = 0; i < drafts.length; i += batchSize) batches.push(drafts.slice(i, i + batchSize));
  return batches;
}

/** A bad regular expression's message, or null when the query compiles. */
export function regexProblem(query: string, regex: boolean): string | null {
  if (!regex || !query) return null;
  try {
    new RegExp(query, 'u');
    return null;
  } catch (error) {
    // V8 says "Invalid regular expression: /…/u: Unterminated group"; keep what is wrong.
    const message = error instanceof Error ? error.message : String(error);
    return message.slice(message.lastIndexOf(': ') + 2) || message;
  }
}
