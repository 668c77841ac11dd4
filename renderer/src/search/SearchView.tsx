import '../styles/retrieval.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import { api, errorDataOf } from '../api/api-client';
import { Banner } from '../components/Banner';
import { EmptyState } from '../components/EmptyState';
import { formatNumber } from '../i18n/format-number';
import { useCountText, useErrorText, useLang } from '../i18n/use-lang';
import { searchStore, useSearchState } from '../state/retrieval-store';
import { CodeHitsDialog } from './CodeHitsDialog';
import { regexProblem } from './hit-groups';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';

/**
 * Sök / Search across all sources: a query with case, diacritics, whole-word and regex options;
 * hits by source with context and a jump to each; and "code all hits" with a theme after a
 * preview, as one undoable step.
 */
export function SearchView() {
  const { t } = useTranslation();
  const lang = useLang();
  const countText = useCountText();
  const errorText = useErrorText();
  const { query, options, last } = useSearchState();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FyndErrorData | null>(null);
  const [coding, setCoding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const problem = regexProblem(query, options.regex);

  const search = async () => {
    if (!query.trim() || problem || busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const answer = await api.call('search.run', { query, options, sourceIds: [], limit: 2000 });
      searchStore.update((state) => ({ ...state, last: { query, options, answer } }));
    } catch (failure) {
      setError(errorDataOf(failure));
    } finally {
      setBusy(false);
    }
  };

  const answer = last?.answer;
  return (
    <section className="view search-view" aria-labelledby="search-heading">
      <div className="view-head">
        <h1 id="search-heading">{t('search.heading')}</h1>
      </div>
      <SearchForm
        query={query}
        options={options}
        problem={problem}
        busy={busy}
        onQuery={(next) => searchStore.update((state) => ({ ...state, query: next }))}
        onOptions={(next) => searchStore.update((state) => ({ ...state, options: next }))}
        onSearch={() => void search()}
      />
      {error && <Banner tone="error">{errorText(error)}</Banner>}
      <div className="search-summary">
        <p className="result-count" role="status">
          {busy
            ? t('search.searching')
            : answer
              ? answer.total === 0
                ? t('search.noHits', { query: last.query })
                : countText('search.summary', answer.total, {
                    query: last.query,
                    inSources: countText('search.inSources', answer.sources),
                  })
              : ''}
          {answer?.truncated &&
            ` ${t('search.truncated', { shown: formatNumber(answer.hits.length, lang) })}`}
          {answer &&
            answer.unreadable > 0 &&
            ` ${countText('search.unreadable', answer.unreadable)}`}
        </p>
        {answer && answer.hits.length > 0 && (
          <button type="button" className="button" onClick={() => setCoding(true)}>
            {t('search.codeAll')}
          </button>
        )}
      </div>
      {done && (
        <Banner tone="info" onDismiss={() => setDone(null)}>
          <p>{done}</p>
        </Banner>
      )}
      {!answer && !busy && <EmptyState>{t('search.intro')}</EmptyState>}
      {answer && answer.hits.length > 0 && <SearchResults hits={answer.hits} />}
      {coding && answer && (
        <CodeHitsDialog
          hits={answer.hits}
          onClose={() => setCoding(false)}
          onCoded={(count, theme) => setDone(t('codeHits.done', { count, theme }))}
        />
      )}
    </section>
  );
}
