import type { SearchHit } from '../../../shared/contract';
import type { Coding } from '../../../shared/model/entities';

/**
 * Search hits as the Search view shows and codes them: grouped by source in project order,
 * keyed, and turned into coding drafts. Pure, so it is tested under Node.
 */

export interface HitGroup {
  sourceId: string;
  hits: SearchHit[];
}

/** A hit's identity (a source and a place in it). */
export function hitKey(hit: Pick<SearchHit, 'sourceId' | 'start' | 'end'>): string {
  return `${hit.sourceId}:${hit.start}:${hit.end}`;
}

/** Hits grouped by source, sources in the project's order, hits in text order. */
export function groupHits(hits: readonly SearchHit[], sourceOrder: readonly string[]): HitGroup[] {
  const rank = new Map(sourceOrder.map((id, i) => [id, i]));
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.sourceId) ?? [];
    list.push(hit);
    groups.set(hit.sourceId, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity))
    .map(([sourceId, list]) => ({ sourceId, hits: list.sort((x, y) => x.start - y.start) }));
}

/** Keys of hits already coded with the theme at exactly that place (coding them again adds nothing). */
export function alreadyCoded(
  hits: readonly SearchHit[],
  codings: readonly Coding[],
  themeId: string,
): Set<string> {
  const coded = new Set(codings.filter((c) => c.themeIds.includes(themeId)).map((c) => hitKey(c)));
  return new Set(hits.map(hitKey).filter((key) => coded.has(key)));
}

export interface CodingDraft {
  sourceId: string;
  start: number;
  end: number;
  themeIds: string[];
  valence: Coding['valence'];
  memo: string;
}

/** The codings "code all hits" makes: one per hit not excluded, in batches the API takes. */
export function hitDrafts(
  hits: readonly SearchHit[],
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
