import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/use-lang';
import { useConnection } from '../state/connection-store';
import { useProjectStore } from '../state/project-store';

/**
 * "Sparat" / "Sparar…" / the failure; the full message of a failure is in the banner. With the
 * host gone it says so instead: nothing done from now on could be saved.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { status } = useProjectStore();
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
  const text =
    status === 'saved'
      ? t('header.saved')
      : status === 'saving'
        ? t('header.saving')
        : t('header.notSaved');
  return (
    <span
      className={`save-status save-status-${failed ? 'error' : status}`}
      data-testid="save-status"
      title={failed ? errorText(status.error) : undefined}
    >
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
