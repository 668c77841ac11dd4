import type { OpOutput, OpParsedInput } from '../../shared/contract';
import { FyndError } from '../../shared/errors';
import { excerpt, planCodings } from '../../shared/analysis/coding-plan';
import { selectQuotes, type QuoteFilter } from '../../shared/analysis/quotes';
import { TextUnits, type Span } from '../../shared/analysis/text-units';
import {
  foldDiacritics,
  hitsAt,
  prepareSearch,
  searchText,
  type PreparedSearch,
  type TextSearchResult,
} from '../../shared/analysis/text-search';
import { matchInWorker, REGEX_BUDGET_MS } from './regex-worker';
import type { ProjectStore } from './store/project-store';
import { SourceContext } from './source-context';

/** Full-text search over the sources (all, or those named), hits in code points with context. */
export async function runSearch(
  store: ProjectStore,
  input: OpParsedInput<'search.run'>,
  budgetMs: number = REGEX_BUDGET_MS,
): Promise<OpOutput<'search.run'>> {
  let prepared: PreparedSearch;
  try {
    prepared = prepareSearch(input.query, input.options);
  } catch (error) {
    throw new FyndError('invalidInput', 'The regular expression is not valid.', {
      path: 'query',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const wanted = new Set(input.sourceIds);
  const sources: { id: string; text: string }[] = [];
  let unreadable = 0;
  for (const source of store.data().sources) {
    if (wanted.size > 0 && !wanted.has(source.id)) continue;
    // A source whose text is missing or changed is left out (and counted), not the whole search.
    const text = await store.texts.readIfSound(source.id);
    if (text === null) unreadable++;
    else sources.push({ id: source.id, text });
  }
  // A user's regular expression runs in a worker with a time budget; a plain query is linear.
  const found = input.options.regex
    ? (
        await matchInWorker(
          sources.map((s) => (prepared.fold ? foldDiacritics(s.text) : s.text)),
          prepared.pattern,
          input.limit,
          budgetMs,
        )
      ).map((ranges, i) => ({
        hits: hitsAt(sources[i]?.text ?? '', ranges.ranges),
        total: ranges.total,
      }))
    : searchAll(sources, prepared, input.limit);
  const hits: OpOutput<'search.run'>['hits'] = [];
  let total = 0;
  let withHits = 0;
  found.forEach((result, i) => {
    total += result.total;
    if (result.total > 0) withHits++;
    for (const hit of result.hits) hits.push({ sourceId: sources[i]?.id ?? '', ...hit });
  });
  return { hits, total, sources: withHits, truncated: total > hits.length, unreadable };
}

function searchAll(
  sources: readonly { text: string }[],
  prepared: PreparedSearch,
  limit: number,
): TextSearchResult[] {
  let left = limit;
  return sources.map(({ text }) => {
    const result = searchText(text, prepared, Math.max(0, left));
    left -= result.hits.length;
    return result;
  });
}

/**
 * The codings hits would make when grown to a unit (sentence, paragraph, turn), merged where
 * they overlap in one text, each with a preview excerpt. Worked out here, beside the texts, so
 * the renderer never needs every source's text for a preview.
 */
export async function planHitCodings(
  store: ProjectStore,
  input: OpParsedInput<'search.codingPlan'>,
): Promise<OpOutput<'search.codingPlan'>> {
  const bySource = new Map<string, { spans: Span[]; indexes: number[] }>();
  input.hits.forEach((hit, index) => {
    const group = bySource.get(hit.sourceId) ?? { spans: [], indexes: [] };
    group.spans.push({ start: hit.start, end: hit.end });
    group.indexes.push(index);
    bySource.set(hit.sourceId, group);
  });
  const known = new Set(store.data().sources.map((s) => s.id));
  const codings: OpOutput<'search.codingPlan'>['codings'] = [];
  const unplaced: number[] = [];
  for (const [sourceId, group] of bySource) {
    const text = known.has(sourceId) ? await store.texts.readIfSound(sourceId) : null;
    if (text === null) {
      unplaced.push(...group.indexes);
      continue;
    }
    const units = new TextUnits(text);
    const plan = planCodings(units, group.spans, input.unit);
    const global = (local: number) => group.indexes[local] ?? 0;
    unplaced.push(...plan.unplaced.map(global));
    for (const coding of plan.codings) {
      codings.push({
        sourceId,
        start: coding.start,
        end: coding.end,
        hits: coding.hits.map(global),
        excerpt: excerpt(units, coding, group.spans),
      });
    }
  }
  return { codings, unplaced: unplaced.sort((a, b) => a - b) };
}

/** Coded segments a filter selects, each with the words around it. */
export async function listQuotes(
  store: ProjectStore,
  filter: QuoteFilter,
  limit: number,
): Promise<OpOutput<'quotes.list'>> {
  const selected = selectQuotes(store.data(), filter);
  // Context is built for those shown only: 50,000 quotes would take the renderer minutes to draw.
  const codings = selected.slice(0, limit);
  const context = new SourceContext((id) => store.texts.readIfSound(id));
  const quotes: OpOutput<'quotes.list'>['quotes'] = [];
  for (const coding of codings) {
    const { before, after } = await context.around(coding.sourceId, coding.start, coding.end);
    quotes.push({
      codingId: coding.id,
      sourceId: coding.sourceId,
      start: coding.start,
      end: coding.end,
      snippet: coding.snippet,
      before,
      after,
      valence: coding.valence,
    });
  }
  return { quotes, total: selected.length };
}
