import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseSelectField } from '../cases/CaseSelectField';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { run } from '../state/project-store';
import { PseudonymFields } from './PseudonymFields';

interface RespondentFormProps {
  /** The case the new respondent belongs to unless the user says otherwise. */
  defaultCaseId: string | null;
  /** Called with the respondent's id once saved. */
  onSaved: (id: string) => void;
  onCancel: () => void;
  /**
   * Tells the dialog around it whether text is typed here, so its Escape asks first (a stable
   * function, such as a state setter; told false when the form goes).
   */
  onTyped: (typed: boolean) => void;
}

/**
 * A new respondent's pseudonym, role, organisation and case, inline where sources are edited.
 * Saved on its own (an undoable step), so it is there even if the source dialog is cancelled;
 * until then the dialog counts its text as its own: unsaved, and asked about before it goes.
 */
export function RespondentForm({ defaultCaseId, onSaved, onCancel, onTyped }: RespondentFormProps) {
  const { t } = useTranslation();
  const [pseudonym, setPseudonym] = useState('');
  const [role, setRole] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [caseId, setCaseId] = useState(defaultCaseId);
  const [busy, setBusy] = useState(false);
  const typed = [pseudonym, role, organisation].some((text) => text.trim() !== '');
  useEffect(() => onTyped(typed), [onTyped, typed]);
  useEffect(() => () => onTyped(false), [onTyped]);

  // Not a <form>: it sits inside the source dialog's form, and forms cannot nest.
  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!pseudonym.trim() || busy) return;
    setBusy(true);
    const mutation = await run('respondents.add', {
      pseudonym: pseudonym.trim(),
      role: role.trim(),
      organisation: organisation.trim(),
      caseId,
    });
    setBusy(false);
    if (mutation) onSaved(mutation.id ?? '');
  };

  return (
    <div
      className="inline-form respondent-form"
      role="group"
      aria-label={t('respondents.addTitle')}
      onKeyDown={(event) => {
        // Enter saves the respondent, not the whole source dialog.
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <div className="form-grid">
        <PseudonymFields
          pseudonym={pseudonym}
          role={role}
          onPseudonym={setPseudonym}
          onRole={setRole}
        />
        <TextField
          label={t('respondents.organisation')}
          value={organisation}
          onChange={setOrganisation}
        />
        <CaseSelectField label={t('respondents.case')} value={caseId} onChange={setCaseId} />
      </div>
      <FormActions
        compact
        submitLabel={t('respondents.add')}
        disabled={!pseudonym.trim() || busy}
        onCancel={onCancel}
        onSubmit={() => void save()}
      />
    </div>
  );
}
