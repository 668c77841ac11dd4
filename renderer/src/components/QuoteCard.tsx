import type { ReactNode } from 'react';
import type { Quote } from '../../../shared/contract';
import { useTranslation } from 'react-i18next';
import type { Valence } from '../../../shared/model/entities';
import { useProjectData } from '../state/project-store';
import { useLang } from '../i18n/use-lang';
import { quoteAttribution, quotePage } from './quote-attribution';

interface QuoteCardProps {
  snippet: string;
  sourceId: string;
  /** Where the quote lies in its source (code points): a PDF's quote shows its page(s). */
  start?: number;
  end?: number;
  valence: Valence | null;
  /** Who coded it, named when the project has more than one coder. */
  coder?: string;
  /** The words around the quote, shown muted so it reads in context. */
  before?: string;
  after?: string;
  /** Actions (add to a finding, remove, move). */
  children?: ReactNode;
}

/** A coded quote with its context, where it comes from and its valence. */
export function QuoteCard({
  snippet,
  sourceId,
  start,
  end,
  valence,
  coder,
  before,
  after,
  children,
}: QuoteCardProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const from = quoteAttribution(data, sourceId);
  const page =
    start === undefined || end === undefined ? '' : quotePage(data, { sourceId, start, end }, lang);
  return (
    <figure className="qcard">
      <blockquote className="qcard-text">
        {before && <span className="qcard-context">…{before.trimStart()}</span>}
        {/* Marked only where context surrounds it; alone, the quote is the whole text. */}
        {before || after ? (
          <mark className="qcard-snippet">{snippet}</mark>
        ) : (
          <>”{snippet.trim()}”</>
        )}
        {after && <span className="qcard-context">{after.trimEnd()}…</span>}
      </blockquote>
      <figcaption className="qcard-meta">
        {valence && valence !== 'neutral' && (
          <span className={`valence valence-${valence}`}>{t(`valence.${valence}`)}</span>
        )}
        <span>
          {[from.caseName, from.speakers.join(', ') || null, from.sourceTitle, page || null]
            .filter(Boolean)
            .join(' · ')}
        </span>
        {coder && <span>{t('users.codedBy', { name: coder })}</span>}
      </figcaption>
      {children && <div className="qcard-actions">{children}</div>}
    </figure>
  );
}

/**
 * A quote main answered (`quotes.list`) as a card: its text in context, where it comes from, its
 * valence, and who coded it when `coderNames` is given (a project with more than one coder).
 */
export function ListedQuoteCard({
  quote,
  coderNames,
  children,
}: {
  quote: Quote;
  coderNames?: ReadonlyMap<string, string> | null;
  children?: ReactNode;
}) {
  return (
    <QuoteCard
      snippet={quote.snippet}
      before={quote.before}
      after={quote.after}
      sourceId={quote.sourceId}
      start={quote.start}
      end={quote.end}
      valence={quote.valence}
      coder={coderNames?.get(quote.coderId)}
    >
      {children}
    </QuoteCard>
  );
}
