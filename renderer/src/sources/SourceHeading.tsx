import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model/entities';
import { formatAttributeValue } from '../cases/case-format';
import { useDateText, useLang } from '../i18n/use-lang';
import { useProjectData } from '../state/project-store';
import { DeleteSourceDialog } from './DeleteSourceDialog';
import { EditSourceDialog } from './EditSourceDialog';

/**
 * A source's title and what it is: kind, case, date, respondents, interviewer, attributes; with its
 * details editable and the source deletable from here too.
 */
export function SourceHeading({ source, headingId }: { source: Source; headingId: string }) {
  const { t } = useTranslation();
  const dateText = useDateText();
  const lang = useLang();
  const data = useProjectData();
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const caseName = data.cases.find((c) => c.id === source.caseId)?.name ?? t('sources.noCase');
  const respondents = source.respondentIds
    .map((id) => data.respondents.find((r) => r.id === id))
    .filter((r) => r !== undefined)
    .map((r) => (r.role ? `${r.pseudonym} (${r.role})` : r.pseudonym));
  // Only what is known; an empty date or interviewer is left out rather than shown as a dash.
  const parts = [
    t(`sourceKind.${source.kind}`),
    caseName,
    source.date && dateText(source.date),
    respondents.join(', '),
    source.interviewer && t('transcript.interviewer', { name: source.interviewer }),
    ...(source.attributes ?? []).map(
      (a) => `${a.key}: ${formatAttributeValue(a, lang, [t('common.yes'), t('common.no')])}`,
    ),
  ].filter(Boolean);
  return (
    <header className="source-heading">
      <div className="source-heading-row">
        <h1 id={headingId}>{source.title}</h1>
        <div className="button-row head-actions">
          <button type="button" className="button button-small" onClick={() => setOpen('edit')}>
            {t('sourceTable.edit')}
          </button>
          <button
            type="button"
            className="button button-small button-danger-quiet"
            onClick={() => setOpen('delete')}
          >
            {t('sourceTable.delete')}
          </button>
        </div>
      </div>
      <p className="muted">{parts.join(' · ')}</p>
      {open === 'edit' && <EditSourceDialog source={source} onClose={() => setOpen(null)} />}
      {open === 'delete' && <DeleteSourceDialog source={source} onClose={() => setOpen(null)} />}
    </header>
  );
}
