import { useState } from 'react';
import { QUOTE_PAGE, type OpInput } from '../../../shared/contract';
import { useApiQuery } from '../state/use-api-query';

export type QuoteQuery = Omit<OpInput<'quotes.list'>, 'limit'>;

/**
 * The quotes a filter selects, a page at a time: the first QUOTE_PAGE, more on request (`more`),
 * back to the first page when the filter changes. `total` counts them all. Asked again when
 * `version` changes (an edit of the coded material).
 */
export function useQuotePages(filter: QuoteQuery, version: number | string) {
  const key = JSON.stringify(filter);
  const [pages, setPages] = useState({ key, limit: QUOTE_PAGE });
  const limit = pages.key === key ? pages.limit : QUOTE_PAGE;
  const query = useApiQuery('quotes.list', { ...filter, limit }, version);
  return {
    query,
    quotes: query?.value?.quotes ?? [],
    total: query?.value?.total ?? 0,
    more: () => setPages({ key, limit: limit + QUOTE_PAGE }),
  };
}
