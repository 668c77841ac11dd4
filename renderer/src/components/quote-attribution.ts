import { pseudonymiser } from '../../../shared/analysis/pseudonymise';
import type { ProjectData } from '../../../shared/model/project-data';

/** Where a quote comes from, as a reader needs it: case, source and who said it. */
export interface QuoteAttribution {
  caseName: string | null;
  sourceTitle: string;
  /** The source's respondents by pseudonym, e.g. "Projektledare A" or "Projektledare A (rektor)". */
  speakers: string[];
}

/** The attribution of a quote from its source; `roles` adds each respondent's role. */
export function quoteAttribution(
  data: Pick<ProjectData, 'sources' | 'cases' | 'respondents'>,
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

/**
 * A quote as it is pasted elsewhere: the words in quotation marks, then who said it, in which
 * case and source. Real names on the project's pseudonym list are replaced in all of it, as in
 * every output.
 */
export function attributedQuote(
  data: Pick<ProjectData, 'sources' | 'cases' | 'respondents' | 'pseudonyms'>,
  quote: { snippet: string; sourceId: string },
): string {
  const clean = pseudonymiser(data.pseudonyms);
  const from = quoteAttribution(data, quote.sourceId);
  const where = [from.speakers.join(', '), from.caseName, from.sourceTitle]
    .filter((part) => part !== null && part.trim() !== '')
    .join(', ');
  const text = `”${quote.snippet.trim()}”`;
  return clean(where ? `${text}\n– ${where}` : text);
}
