import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import type { Source } from '../../../shared/model/entities';
import { AttributeList } from '../components/AttributeList';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { FormError } from '../components/FormError';
import { useDiscardGuard } from '../components/use-discard-guard';
import { TextField } from '../components/TextField';
import { projectStore, run, useProjectData } from '../state/project-store';
import { RespondentsField } from './RespondentsField';
import { SourceMetaFields, type SourceMeta } from './SourceMetaFields';

/**
 * A source's details: title, kind, case, respondents, date and interviewer, saved together, and
 * its attributes, each added or deleted at once (one undo step each), as a case's are. The text
 * itself is fixed at import (codings point into it), so it is not editable here. Escape or
 * Cancel with typed text (here or in a new respondent's form) asks first; a respondent changed
 * in place is saved as it is typed.
 */
export function EditSourceDialog({ source, onClose }: { source: Source; onClose: () => void }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const formId = useId();
  // The attributes are saved as they change, so they are read from the project, not the prop.
  const attributes = data.sources.find((s) => s.id === source.id)?.attributes ?? [];
  const [title, setTitle] = useState(source.title);
  const [meta, setMeta] = useState<SourceMeta>({
    kind: source.kind,
    caseId: source.caseId,
    date: source.date,
    interviewer: source.interviewer,
  });
  const [respondentIds, setRespondentIds] = useState<string[]>([...source.respondentIds]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FyndErrorData | null>(null);
  // A new respondent typed in the list and not added yet is this dialog's typed text too.
  const [respondentTyped, setRespondentTyped] = useState(false);
  const typed =
    title.trim() !== source.title.trim() ||
    meta.interviewer.trim() !== source.interviewer.trim() ||
    respondentTyped;
  const { requestClose, confirm } = useDiscardGuard(typed, onClose);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || busy) return;
    setBusy(true);
    // Respondents deleted meanwhile are dropped rather than refused.
    const known = new Set(data.respondents.map((r) => r.id));
    const mutation = await run('sources.update', {
      id: source.id,
      patch: {
        ...meta,
        title: title.trim(),
        interviewer: meta.interviewer.trim(),
        respondentIds: respondentIds.filter((id) => known.has(id)),
      },
    });
    setBusy(false);
    if (!mutation) {
      setError(projectStore.get().editError);
      return;
    }
    onClose();
  };

  return (
    <Dialog title={t('sourceTable.editTitle')} onClose={requestClose} wide>
      <div className="dialog-body form">
        <form id={formId} className="form" onSubmit={(event) => void submit(event)}>
          <FormError error={error} />
          <TextField label={t('sources.title')} value={title} onChange={setTitle} required />
          <SourceMetaFields meta={meta} onChange={setMeta} />
          <RespondentsField
            selected={respondentIds}
            onChange={setRespondentIds}
            caseId={meta.caseId}
            onTyped={setRespondentTyped}
          />
          <p className="hint">{t('sourceTable.textFixed')}</p>
        </form>
        <AttributeList
          id={`${formId}-attributes`}
          ownerId={source.id}
          attributes={attributes}
          empty={t('attributes.noneSource')}
          onSave={async (next) =>
            Boolean(await run('sources.update', { id: source.id, patch: { attributes: next } }))
          }
        />
        <p className="hint">{t('attributes.savedAtOnce')}</p>
        <FormActions
          formId={formId}
          submitLabel={t('common.save')}
          disabled={!title.trim() || busy}
          onCancel={requestClose}
        />
      </div>
      {confirm}
    </Dialog>
  );
}
