import { useTranslation } from 'react-i18next';
import type { DraftState } from '../state/draft-book';

interface DraftNoteProps {
  state: DraftState;
  /** Why the text cannot be saved as it is; the generic "cannot be empty" when not given. */
  invalidText?: string;
  onRestore: () => void;
}

/**
 * Under an autosaved field: silent while the text saves itself; says so when it cannot (an empty
 * required field, a failed save) and offers the stored text back. The status is always in the
 * page, so a screen reader hears it when it changes.
 */
export function DraftNote({ state, invalidText, onRestore }: DraftNoteProps) {
  const { t } = useTranslation();
  const message =
    state === 'invalid'
      ? (invalidText ?? t('drafts.required'))
      : state === 'failed'
        ? t('drafts.failed')
        : '';
  return (
    <div className={message ? 'draft-note has-message' : 'draft-note'}>
      <span role="status">{message}</span>
      {message && (
        <button type="button" className="button button-small" onClick={onRestore}>
          {t('drafts.restore')}
        </button>
      )}
    </div>
  );
}
