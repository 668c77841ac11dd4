import type { ProjectData } from '../../../shared/model/project-data';

/** Where a quote comes from, as a reader needs it: case, source and who said it. */
export interface QuoteAttribution {
  caseName: string | null;
  sourceTitle: string;
  /** Respondents' pseudonyms with roles, e.g. "Projektledare A, Härnösand". */
  speakers: string[];
}

/** The attribution of a quote from its source. */
export function quoteAttribution(data: ProjectData, sourceId: string): QuoteAttribution {
  const source = data.sources.find((s) => s.id === sourceId);
  const caseName = data.cases.find((c) => c.id === source?.caseId)?.name ?? null;
  const speakers = (source?.respondentIds ?? []).flatMap((id) => {
    const r = data.respondents.find((x) => x.id === id);
    return r ? [r.pseudonym] : [];
  });
  return { caseName, sourceTitle: source?.title ?? '', speakers };
}
