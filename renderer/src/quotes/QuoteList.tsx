import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../shared/contract';
import type { Theme } from '../../../shared/model/entities';
import { attributedQuote, quoteAttribution, quotePage } from '../components/quote-attribution';
import { useLang } from '../i18n/use-lang';
import { ThemeChip } from '../components/ThemeChip';
import { useCoderNames } from '../state/source-codings';
import { useProjectData } from '../state/project-store';
import { showInSource } from '../state/ui-store';
import { groupBySource } from './quote-options';

type Copied = { codingId: string; ok: boolean } | null;

/**
 * The quotes, by source: each with its context, themes and valence, a jump to its place, and a
 * copy of it with where it comes from (pseudonymised as in the outputs), said when it is done.
 */
export function QuoteList({ quotes }: { quotes: readonly Quote[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const [copied, setCopied] = useState<Copied>(null);
  const copy = async (quote: Quote) => {
    try {
      await navigator.clipboard.writeText(attributedQuote(data, quote, lang));
      setCopied({ codingId: quote.codingId, ok: true });
    } catch {
      setCopied({ codingId: quote.codingId, ok: false });
    }
  };
  // Who coded a quote is said once a second coder has coded anything.
  const coderNames = useCoderNames();
  const themeById = new Map(data.themes.map((th) => [th.id, th]));
  return (
    <div className="quote-groups">
      <p className="visually-hidden" role="status">
        {copied ? t(copied.ok ? 'quoteCopy.copied' : 'quoteCopy.failed') : ''}
      </p>
      {groupBySource(quotes).map((group) => {
        const from = quoteAttribution(data, group.sourceId, { roles: true });
        return (
          <section key={`${group.sourceId}:${group.quotes[0]?.codingId}`} className="quote-group">
            <h2 className="quote-source">{from.sourceTitle}</h2>
            <p className="muted quote-from">
              {[from.caseName, from.speakers.join(', ')].filter(Boolean).join(' · ')}
            </p>
            <ol className="plain-list">
              {group.quotes.map((quote) => (
                <QuoteItem
                  key={quote.codingId}
                  quote={quote}
                  page={quotePage(data, quote, lang)}
                  coderNames={coderNames}
                  themeById={themeById}
                  copied={copied?.codingId === quote.codingId ? copied.ok : null}
                  onCopy={() => void copy(quote)}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function QuoteItem({
  quote,
  page,
  coderNames,
  themeById,
  copied,
  onCopy,
}: {
  quote: Quote;
  /** The page(s) of a PDF's quote, "s. 4"; empty for a transcript. */
  page: string;
  /** Each coder's name, when the project has more than one. */
  coderNames: ReadonlyMap<string, string> | null;
  themeById: ReadonlyMap<string, Theme>;
  /** Whether this quote was the last one copied (and it worked); null when it was not. */
  copied: boolean | null;
  onCopy: () => void;
}) {
  const { t } = useTranslation();
  const textId = useId();
  return (
    <li className="quote-item">
      <blockquote className="quote-in-context" id={textId}>
        {quote.before && <span className="quote-context">…{quote.before}</span>}
        <mark className="quote-text">{quote.snippet}</mark>
        {quote.after && <span className="quote-context">{quote.after}…</span>}
      </blockquote>
      <div className="quote-meta">
        <div className="chips">
          {page && <span className="quote-page">{page}</span>}
          {quote.themeIds.map((id) => {
            const theme = themeById.get(id);
            return theme ? <ThemeChip key={id} theme={theme} /> : null;
          })}
          <span className={`valence valence-${quote.valence}`}>
            {t(`valence.${quote.valence}`)}
          </span>
          {coderNames && (
            <span className="quote-coder">
              {t('users.codedBy', { name: coderNames.get(quote.coderId) ?? '' })}
            </span>
          )}
        </div>
        <div className="quote-actions">
          {copied !== null && (
            <span className={copied ? 'copy-note' : 'copy-note copy-failed'} aria-hidden="true">
              {t(copied ? 'quoteCopy.copied' : 'quoteCopy.failed')}
            </span>
          )}
          <button
            type="button"
            className="button button-small"
            aria-describedby={textId}
            onClick={onCopy}
          >
            {t('quoteCopy.copy')}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-describedby={textId}
            onClick={() => showInSource(quote)}
          >
            {t('quotes.show')}
          </button>
        </div>
      </div>
      {quote.memo && <p className="memo">{quote.memo}</p>}
    </li>
  );
}
