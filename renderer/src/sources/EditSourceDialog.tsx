import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import { SourceKindSchema, type Source, type SourceKind } from '../../../shared/model/entities';
import { Dialog } from '../components/Dialog';
import { FormError } from '../components/FormError';
import { DialogActions } from '../components/DialogActions';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { projectStore, run, useProjectData } from '../state/project-store';
import { RespondentsField } from './RespondentsField';

/**
 * A source's details: title, kind, case, respondents, date and interviewer. The text itself is
 * fixed at import (codings point into it), so it is not editable here.
 */
export function EditSourceDialog({ source, onClose }: { source: Source; onClose: () => void }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const [title, setTitle] = useState(source.title);
  const [kind, setKind] = useState<SourceKind>(source.kind);
  const [caseId, setCaseId] = useState(source.caseId ?? '');
  const [respondentIds, setRespondentIds] = useState<string[]>([...source.respondentIds]);
  const [date, setDate] = useState(source.date ?? '');
  const [interviewer, setInterviewer] = useState(source.interviewer);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FyndErrorData | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || busy) return;
    setBusy(true);
    // Respondents deleted meanwhile are dropped rather than refused.
    const known = new Set(data.respondents.map((r) => r.id));
    const mutation = await run('sources.update', {
      id: source.id,
      patch: {
        title: title.trim(),
        kind,
        caseId: caseId || null,
        respondentIds: respondentIds.filter((id) => known.has(id)),
        date: date || null,
        interviewer: interviewer.trim(),
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
    <Dialog title={t('sourceTable.editTitle')} onClose={onClose} wide>
      <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
        <FormError error={error} />
        <TextField label={t('sources.title')} value={title} onChange={setTitle} required />
        <div className="form-grid">
          <SelectField
            label={t('sources.kind')}
            value={kind}
            onChange={(value) => setKind(value as SourceKind)}
            options={SourceKindSchema.options.map((k) => ({
              value: k,
              label: t(`sourceKind.${k}`),
            }))}
          />
          <SelectField
            label={t('sources.case')}
            value={caseId}
            onChange={setCaseId}
            options={[
              { value: '', label: t('sources.noCase') },
              ...data.cases.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <TextField label={t('sources.date')} type="date" value={date} onChange={setDate} />
          <TextField
            label={t('addSource.interviewer')}
            value={interviewer}
            onChange={setInterviewer}
          />
        </div>
        <RespondentsField
          selected={respondentIds}
          onChange={setRespondentIds}
          caseId={caseId || null}
        />
        <p className="hint">{t('sourceTable.textFixed')}</p>
        <DialogActions
          submitLabel={t('common.save')}
          disabled={!title.trim() || busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
