import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { FormError } from '../components/FormError';
import { useDiscardGuard } from '../components/use-discard-guard';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { projectStore, run, useProjectData } from '../state/project-store';
import { openSource } from '../state/ui-store';
import { PseudonymFields } from './PseudonymFields';
import { SourceMetaFields, defaultSourceMeta, type SourceMeta } from './SourceMetaFields';

const NEW_RESPONDENT = 'new';

/**
 * Adds a pasted text as a source, with its case, respondent (an existing one or a new
 * pseudonym), date and interviewer. Opens the new source when done.
 */
export function AddSourceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const [title, setTitle] = useState('');
  const [meta, setMeta] = useState<SourceMeta>(defaultSourceMeta);
  const [respondent, setRespondent] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  const [role, setRole] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FyndErrorData | null>(null);

  const isNew = respondent === NEW_RESPONDENT;
  const typed = [title, text, pseudonym, role, meta.interviewer].some((s) => s.trim() !== '');
  const { requestClose, confirm } = useDiscardGuard(typed, onClose);
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
        caseId: meta.caseId,
      });
      if (!added?.id) return fail();
      // Keep the new respondent if the source itself fails, so a retry does not add it twice.
      setRespondent(added.id);
      respondentIds = [added.id];
    }
    const added = await run('sources.add', {
      meta: { ...meta, title: title.trim(), interviewer: meta.interviewer.trim(), respondentIds },
      text,
      origin: null,
    });
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
    <Dialog title={t('addSource.title')} onClose={requestClose} wide>
      <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
        <FormError error={error} />
        <TextField label={t('sources.title')} value={title} onChange={setTitle} required />
        <SourceMetaFields meta={meta} onChange={setMeta}>
          <SelectField
            label={t('addSource.respondent')}
            value={respondent}
            onChange={setRespondent}
            options={respondentOptions}
          />
          {isNew && (
            <PseudonymFields
              pseudonym={pseudonym}
              role={role}
              onPseudonym={setPseudonym}
              onRole={setRole}
            />
          )}
        </SourceMetaFields>
        <TextField
          label={t('addSource.text')}
          value={text}
          onChange={setText}
          hint={t('addSource.textHint')}
          multiline
          rows={12}
          required
        />
        <FormActions
          submitLabel={t('addSource.submit')}
          disabled={!ready || busy}
          onCancel={requestClose}
        />
      </form>
      {confirm}
    </Dialog>
  );
}
