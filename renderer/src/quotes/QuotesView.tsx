import '../styles/retrieval.css';
import { useTranslation } from 'react-i18next';
import { QUOTE_PAGE } from '../../../shared/contract';
import { Banner } from '../components/Banner';
import { EmptyState } from '../components/EmptyState';
import { ShowMore } from '../components/ShowMore';
import { useCountText, useErrorText } from '../i18n/use-lang';
import { useCodingsEdit, useProjectData } from '../state/project-store';
import { quoteFilterStore, useQuoteFilter } from '../state/retrieval-store';
import { useCodingSummary } from '../state/source-codings';
import { identityOf } from '../state/use-api-query';
import { QuoteFilters } from './QuoteFilters';
import { QuoteList } from './QuoteList';
import { useQuotePages } from './use-quote-pages';

/**
 * Citat / Quotes: every coded segment of a theme (with or without its sub-themes), narrowed by
 * case, source kind, respondent role, case attribute and valence; each in its context, with a
 * jump to its place in the transcript. Drawn a page at a time: a large project has 50,000.
 */
export function QuotesView() {
  const { t } = useTranslation();
  const countText = useCountText();
  const errorText = useErrorText();
  const data = useProjectData();
  const filter = useQuoteFilter();
  // Asked again whenever the coded material or what a filter refers to changes (an undo…).
  const codingsEdit = useCodingsEdit();
  const version = [
    codingsEdit,
    ...[data.sources, data.cases, data.respondents, data.themes].map(identityOf),
  ].join('-');
  const { query, quotes, total, more } = useQuotePages(filter, version);
  const summary = useCodingSummary();
  const answered = query !== null && query.status !== 'loading';

  return (
    <section className="view quotes-view" aria-labelledby="quotes-heading">
      <div className="view-head">
        <h1 id="quotes-heading">{t('quotes.heading')}</h1>
      </div>
      <p className="muted view-intro">{t('quotes.intro')}</p>
      <QuoteFilters filter={filter} onChange={(next) => quoteFilterStore.set(next)} />
      <p className="result-count" role="status">
        {query?.value ? countText('quotes.count', total) : ''}
      </p>
      {query?.status === 'error' && <Banner tone="error">{errorText(query.error)}</Banner>}
      {answered && quotes.length === 0 && query.status === 'ok' && (
        <EmptyState>
          {summary?.value?.total === 0 ? t('quotes.noCodings') : t('quotes.none')}
        </EmptyState>
      )}
      {quotes.length > 0 && <QuoteList quotes={quotes} />}
      <ShowMore shown={quotes.length} total={total} step={QUOTE_PAGE} onMore={more} />
    </section>
  );
}
