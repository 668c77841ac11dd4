import type { OpOutput } from '../../../shared/contract';
import type { QuoteFilter } from '../../../shared/analysis/quotes';
import type { SearchOptions } from '../../../shared/analysis/text-search';
import { observable, useObservable } from './observable';

/**
 * What the Quotes and Search views were showing, kept while the user jumps into a transcript
 * and back (a view unmounts when another is shown). Cleared with the project.
 */

export const emptyQuoteFilter: QuoteFilter = {
  themeIds: [],
  includeSubthemes: true,
  caseIds: [],
  kinds: [],
  roles: [],
  valences: [],
  coderIds: [],
  attribute: null,
};

export const quoteFilterStore = observable<QuoteFilter>(emptyQuoteFilter);

export type SearchAnswer = OpOutput<'search.run'>;

export interface SearchState {
  query: string;
  options: SearchOptions;
  /** The last search that ran: what was asked and what came back. */
  last: { query: string; options: SearchOptions; answer: SearchAnswer } | null;
}

export const searchStore = observable<SearchState>({
  query: '',
  options: { caseSensitive: false, foldDiacritics: false, wholeWord: false, regex: false },
  last: null,
});

/** The quote filter in React. */
export function useQuoteFilter(): QuoteFilter {
  return useObservable(quoteFilterStore);
}

/** The search form and last results in React. */
export function useSearchState(): SearchState {
  return useObservable(searchStore);
}

/** Forgets both, e.g. when another project opens. */
export function resetRetrieval(): void {
  quoteFilterStore.set(emptyQuoteFilter);
  searchStore.update((state) => ({ ...state, query: '', last: null }));
}
