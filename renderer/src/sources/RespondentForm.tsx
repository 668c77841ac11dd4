import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Respondent } from '../../../shared/model/entities';
import { CaseSelectField } from '../cases/CaseSelectField';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { run } from '../state/project-store';
import { useHeldText } from '../state/use-autosaved-draft';
import { PseudonymFields } from './PseudonymFields';

interface RespondentFormProps {
  /** The respondent to change, or null for a new one. */
  respondent: Respondent | null;
  /** The case a new respondent belongs to unless the user says otherwise. */
  defaultCaseId: string | null;
  /** Called with the respondent's id once saved. */
  onSaved: (id: string) => void;
  onCancel: () => void;
}

/**
 * A respondent's pseudonym, role, organisation and case, inline where sources are edited. Saved
 * on its own (an undoable step), so it is there even if the source dialog is cancelled.
 */
export function RespondentForm({
  respondent,
  defaultCaseId,
  onSaved,
  onCancel,
}: RespondentFormProps) {
  const { t } = useTranslation();
  const [pseudonym, setPseudonym] = useState(respondent?.pseudonym ?? '');
  const [role, setRole] = useState(respondent?.role ?? '');
  const [organisation, setOrganisation] = useState(respondent?.organisation ?? '');
  const [caseId, setCaseId] = useState(respondent ? respondent.caseId : defaultCaseId);
  const [busy, setBusy] = useState(false);
  useHeldText(
    pseudonym.trim() !== (respondent?.pseudonym ?? '') ||
      role.trim() !== (respondent?.role ?? '') ||
      organisation.trim() !== (respondent?.organisation ?? ''),
  );

  // Not a <form>: it sits inside the source dialog's form, and forms cannot nest.
  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!pseudonym.trim() || busy) return;
    setBusy(true);
    const fields = {
      pseudonym: pseudonym.trim(),
      role: role.trim(),
      organisation: organisation.trim(),
      caseId,
    };
    const mutation = respondent
      ? await run('respondents.update', { id: respondent.id, patch: fields })
      : await run('respondents.add', fields);
    setBusy(false);
    if (mutation) onSaved(mutation.id ?? respondent?.id ?? '');
  };

  return (
    <div
      className="inline-form respondent-form"
      role="group"
      aria-label={
        respondent
          ? t('respondents.editTitle', { name: respondent.pseudonym })
          : t('respondents.addTitle')
      }
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
        submitLabel={respondent ? t('respondents.save') : t('respondents.add')}
        disabled={!pseudonym.trim() || busy}
        onCancel={onCancel}
        onSubmit={() => void save()}
      />
    </div>
  );
}
