import '../styles/workbench-retrieval.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../shared/contract';
import type { FyndErrorData } from '../../../shared/errors';
import { api, errorDataOf } from '../api/api-client';
import { Banner } from '../components/Banner';
import { EmptyState } from '../components/EmptyState';
import { useErrorText } from '../i18n/use-lang';
import { useProjectData } from '../state/project-store';
import { quoteFilterStore, useQuoteFilter } from '../state/retrieval-store';
import { QuoteFilters } from './QuoteFilters';
import { QuoteList } from './QuoteList';

type Answer = { quotes: Quote[] } | { error: FyndErrorData } | null;

/**
 * Citat / Quotes: every coded segment of a theme (with or without its sub-themes), narrowed by
 * case, source kind, respondent role, case attribute and valence; each in its context, with a
 * jump to its place in the transcript.
 */
export function QuotesView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const data = useProjectData();
  const filter = useQuoteFilter();
  const [answer, setAnswer] = useState<Answer>(null);

  // Asked again whenever the filter or the coded material changes (an undo, a new coding).
  useEffect(() => {
    let current = true;
    api
      .call('quotes.list', filter)
      .then((result) => current && setAnswer({ quotes: result.quotes }))
      .catch((error: unknown) => current && setAnswer({ error: errorDataOf(error) }));
    return () => {
      current = false;
    };
  }, [filter, data.codings, data.sources, data.cases, data.respondents, data.themes]);

  const quotes = answer && 'quotes' in answer ? answer.quotes : null;
  return (
    <section className="view quotes-view" aria-labelledby="quotes-heading">
      <div className="view-head">
        <h1 id="quotes-heading">{t('quotes.heading')}</h1>
      </div>
      <p className="muted view-intro">{t('quotes.intro')}</p>
      <QuoteFilters filter={filter} onChange={(next) => quoteFilterStore.set(next)} />
      <p className="result-count" role="status">
        {quotes ? t('quotes.count', { count: quotes.length }) : ''}
      </p>
      {answer && 'error' in answer && <Banner tone="error">{errorText(answer.error)}</Banner>}
      {quotes && quotes.length === 0 && (
        <EmptyState>
          {data.codings.length === 0 ? t('quotes.noCodings') : t('quotes.none')}
        </EmptyState>
      )}
      {quotes && quotes.length > 0 && <QuoteList quotes={quotes} />}
    </section>
  );
}
