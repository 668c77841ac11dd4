import { useTranslation } from 'react-i18next';
import type { Respondent } from '../../../shared/model/entities';
import { CaseSelectField } from '../cases/CaseSelectField';
import { DraftTextField } from '../components/DraftTextField';
import { run, stillExists } from '../state/project-store';
import { textRules, useAutosavedDraft } from '../state/use-autosaved-draft';

type TextKey = 'pseudonym' | 'role' | 'organisation';

/** The draft keys of a respondent's texts (the list reopens an editor with one kept unsaved). */
export const respondentDraftKeys = (id: string): string[] =>
  (['pseudonym', 'role', 'organisation'] as const).map((field) => `respondent/${id}/${field}`);

/**
 * An existing respondent changed in place where sources are edited: each text saves as it is
 * typed (one undo step per burst), when it is left and when the editor closes (Done, or the
 * dialog closing); the case saves when chosen. A blank pseudonym is said and offered back.
 */
export function RespondentEditor({
  respondent,
  onDone,
}: {
  respondent: Respondent;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { id } = respondent;
  const save = (patch: Partial<Pick<Respondent, TextKey | 'caseId'>>) =>
    run('respondents.update', { id, patch });
  const field = (key: TextKey, required = false) =>
    textRules({
      save: (text) => save({ [key]: text }),
      required,
      stillThere: () => stillExists('respondents', id),
    });
  const pseudonym = useAutosavedDraft(
    `respondent/${id}/pseudonym`,
    respondent.pseudonym,
    field('pseudonym', true),
  );
  const role = useAutosavedDraft(`respondent/${id}/role`, respondent.role, field('role'));
  const organisation = useAutosavedDraft(
    `respondent/${id}/organisation`,
    respondent.organisation,
    field('organisation'),
  );
  return (
    <div
      className="inline-form respondent-form"
      role="group"
      aria-label={t('respondents.editTitle', { name: respondent.pseudonym })}
      onKeyDown={(event) => {
        // Enter closes the respondent (already saved), not the whole source dialog.
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <div className="form-grid">
        <DraftTextField
          label={t('addSource.pseudonym')}
          draft={pseudonym}
          hint={t('addSource.pseudonymHint')}
          required
        />
        <DraftTextField label={t('addSource.role')} draft={role} />
        <DraftTextField label={t('respondents.organisation')} draft={organisation} />
        <CaseSelectField
          label={t('respondents.case')}
          value={respondent.caseId}
          onChange={(caseId) => void save({ caseId })}
        />
      </div>
      <p className="hint">{t('drafts.savedAsYouType')}</p>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={onDone}>
          {t('drafts.done')}
        </button>
      </div>
    </div>
  );
}
