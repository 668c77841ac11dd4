import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import { SourceKindSchema, type SourceKind } from '../../../shared/model/entities';
import { Dialog } from '../components/Dialog';
import { FormError } from '../components/FormError';
import { DialogActions } from '../components/DialogActions';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { projectStore, run, useProjectData } from '../state/project-store';
import { openSource } from '../state/ui-store';

const NEW_RESPONDENT = 'new';

/**
 * Adds a pasted text as a source, with its case, respondent (an existing one or a new
 * pseudonym), date and interviewer. Opens the new source when done.
 */
export function AddSourceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<SourceKind>('interview');
  const [caseId, setCaseId] = useState('');
  const [respondent, setRespondent] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  const [role, setRole] = useState('');
  const [date, setDate] = useState('');
  const [interviewer, setInterviewer] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FyndErrorData | null>(null);

  const isNew = respondent === NEW_RESPONDENT;
  const ready = title.trim() && text.trim() && (!isNew || pseudonym.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    let respondentIds = respondent && !isNew ? [respondent] : [];
    if (isNew) {
      const added = await run('respondents.add', {
        pseudonym: pseudonym.trim(),
        role: role.trim(),
        caseId: caseId || null,
      });
      if (!added?.id) return fail();
      // Keep the new respondent if the source itself fails, so a retry does not add it twice.
      setRespondent(added.id);
      respondentIds = [added.id];
    }
    const meta = {
      title: title.trim(),
      kind,
      caseId: caseId || null,
      respondentIds,
      date: date || null,
      interviewer: interviewer.trim(),
    };
    const added = await run('sources.add', { meta, text, origin: null });
    if (!added?.id) return fail();
    onClose();
    openSource(added.id);
  };
  const fail = () => {
    setBusy(false);
    setError(projectStore.get().editError);
  };

  const respondentOptions = [
    { value: '', label: t('addSource.noRespondent') },
    ...[...data.respondents]
      .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym))
      .map((r) => ({ value: r.id, label: r.role ? `${r.pseudonym} – ${r.role}` : r.pseudonym })),
    { value: NEW_RESPONDENT, label: t('addSource.newRespondent') },
  ];
  return (
    <Dialog title={t('addSource.title')} onClose={onClose} wide>
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
          <SelectField
            label={t('addSource.respondent')}
            value={respondent}
            onChange={setRespondent}
            options={respondentOptions}
          />
          <TextField label={t('sources.date')} type="date" value={date} onChange={setDate} />
          {isNew && (
            <>
              <TextField
                label={t('addSource.pseudonym')}
                value={pseudonym}
                onChange={setPseudonym}
                hint={t('addSource.pseudonymHint')}
                required
              />
              <TextField label={t('addSource.role')} value={role} onChange={setRole} />
            </>
          )}
          <TextField
            label={t('addSource.interviewer')}
            value={interviewer}
            onChange={setInterviewer}
          />
        </div>
        <TextField
          label={t('addSource.text')}
          value={text}
          onChange={setText}
          hint={t('addSource.textHint')}
          multiline
          rows={12}
          required
        />
        <DialogActions
          submitLabel={t('addSource.submit')}
          disabled={!ready || busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
