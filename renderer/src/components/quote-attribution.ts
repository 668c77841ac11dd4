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
