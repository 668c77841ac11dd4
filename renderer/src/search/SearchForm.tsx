import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchOptions } from '../../../shared/analysis/text-search';

interface SearchFormProps {
  query: string;
  options: SearchOptions;
  /** A bad regular expression's message, shown at the field. */
  problem: string | null;
  busy: boolean;
  onQuery: (query: string) => void;
  onOptions: (options: SearchOptions) => void;
  onSearch: () => void;
}

const optionKeys = ['caseSensitive', 'foldDiacritics', 'wholeWord', 'regex'] as const;

/** The query and how to match it: case, å = a, whole words, regular expression. */
export function SearchForm({
  query,
  options,
  problem,
  busy,
  onQuery,
  onOptions,
  onSearch,
}: SearchFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch();
  };
  return (
    <form
      className="search-form"
      role="search"
      onSubmit={submit}
      aria-label={t('search.formLabel')}
    >
      <div className="search-row">
        <div className="field search-field">
          <label htmlFor={`${id}-query`}>{t('search.query')}</label>
          <input
            id={`${id}-query`}
            type="search"
            value={query}
            maxLength={1000}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => onQuery(event.target.value)}
            data-find
          />
        </div>
        <button type="submit" className="button button-primary" disabled={!query.trim() || busy}>
          {t('search.submit')}
        </button>
      </div>
      {problem && (
        <p className="form-error" id={`${id}-problem`} role="alert">
          {t('search.badRegex', { detail: problem })}
        </p>
      )}
      <fieldset className="search-options">
        <legend className="visually-hidden">{t('search.options')}</legend>
        {optionKeys.map((key) => (
          <label key={key} className="check-inline" title={t(`search.optionHint.${key}`)}>
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(event) => onOptions({ ...options, [key]: event.target.checked })}
            />
            {t(`search.option.${key}`)}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
