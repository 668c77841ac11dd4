import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/use-lang';
import { useConnection } from '../state/connection-store';
import { useDraftSummary } from '../state/drafts';
import { useProjectStore } from '../state/project-store';

/**
 * "Sparat" only when everything typed is on disk; "Sparar…" while edits are on their way (typing
 * that waits for its pause included); "Osparade ändringar" while typed text will not save on its
 * own (a field that cannot be saved as it is, an open dialog); or the failure, whose full message
 * is in the banner. With the host gone it says so instead: nothing done from now on could be saved.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { status } = useProjectStore();
  const { pending, held } = useDraftSummary();
  const lost = useConnection() === 'lost';
  if (lost) {
    return (
      <span
        className="save-status save-status-error"
        data-testid="save-status"
        title={t('connection.onDisk')}
      >
        <span className="save-dot" aria-hidden="true" />
        {t('connection.status')}
      </span>
    );
  }
  const failed = typeof status === 'object';
  const kind = failed
    ? 'error'
    : held > 0
      ? 'unsaved'
      : status === 'saving' || pending > 0
        ? 'saving'
        : 'saved';
  const text = {
    error: t('header.notSaved'),
    unsaved: t('drafts.unsaved'),
    saving: t('header.saving'),
    saved: t('header.saved'),
  }[kind];
  return (
    <span
      className={`save-status save-status-${kind}`}
      data-testid="save-status"
      title={
        failed ? errorText(status.error) : kind === 'unsaved' ? t('drafts.unsavedTitle') : undefined
      }
    >
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
