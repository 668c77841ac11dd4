import { pseudonymiser } from '../../../shared/analysis/pseudonymise';
import { pageLabel } from '../../../shared/i18n/page-labels';
import type { Language } from '../../../shared/model/primitives';
import type { ProjectView } from '../../../shared/model/project-data';
import { pageSpan } from '../../../shared/model/source-pages';

/** Where a quote comes from, as a reader needs it: case, source and who said it. */
export interface QuoteAttribution {
  caseName: string | null;
  sourceTitle: string;
  /** The source's respondents by pseudonym, e.g. "Projektledare A" or "Projektledare A (rektor)". */
  speakers: string[];
}

/** The attribution of a quote from its source; `roles` adds each respondent's role. */
export function quoteAttribution(
  data: Pick<ProjectView, 'sources' | 'cases' | 'respondents'>,
  sourceId: string,
  { roles = false } = {},
): QuoteAttribution {
  const source = data.sources.find((s) => s.id === sourceId);
  const caseName = data.cases.find((c) => c.id === source?.caseId)?.name ?? null;
  const speakers = (source?.respondentIds ?? []).flatMap((id) => {
    const r = data.respondents.find((x) => x.id === id);
    if (!r) return [];
    return [roles && r.role ? `${r.pseudonym} (${r.role})` : r.pseudonym];
  });
  return { caseName, sourceTitle: source?.title ?? '', speakers };
}

/** The page(s) of a quote from a paged source (a PDF): "s. 4"; empty for a transcript. */
export function quotePage(
  data: Pick<ProjectView, 'sources'>,
  quote: { sourceId: string; start: number; end: number },
  language: Language,
): string {
  const source = data.sources.find((s) => s.id === quote.sourceId);
  return pageLabel(pageSpan(source?.pages, quote.start, quote.end), language);
}

/**
 * A quote as it is pasted elsewhere: the words in quotation marks, then who said it, in which
 * case and source (and on which page of a PDF). Real names on the project's pseudonym list are replaced in all of it, as in
 * every output.
 */
export function attributedQuote(
  data: Pick<ProjectView, 'sources' | 'cases' | 'respondents' | 'pseudonyms'>,
  quote: { snippet: string; sourceId: string; start: number; end: number },
  language: Language,
): string {
  const clean = pseudonymiser(data.pseudonyms);
  const from = quoteAttribution(data, quote.sourceId);
  const page = quotePage(data, quote, language);
  const where = [from.speakers.join(', '), from.caseName, from.sourceTitle, page]
    .filter((part) => part !== null && part.trim() !== '')
    .join(', ');
  const text = `”${quote.snippet.trim()}”`;
  return clean(where ? `${text}\n– ${where}` : text);
}
