import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model/entities';
import { useProjectData } from '../state/project-store';

/** A source's title and what it is: kind, case, date, respondents, interviewer. */
export function SourceHeading({ source, headingId }: { source: Source; headingId: string }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const caseName = data.cases.find((c) => c.id === source.caseId)?.name ?? t('sources.noCase');
  const respondents = source.respondentIds
    .map((id) => data.respondents.find((r) => r.id === id))
    .filter((r) => r !== undefined)
    .map((r) => (r.role ? `${r.pseudonym} (${r.role})` : r.pseudonym));
  // Only what is known; an empty date or interviewer is left out rather than shown as a dash.
  const parts = [
    t(`sourceKind.${source.kind}`),
    caseName,
    source.date,
    respondents.join(', '),
    source.interviewer && t('transcript.interviewer', { name: source.interviewer }),
  ].filter(Boolean);
  return (
    <header className="source-heading">
      <h1 id={headingId}>{source.title}</h1>
      <p className="muted">{parts.join(' · ')}</p>
    </header>
  );
}
