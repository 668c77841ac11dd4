import { useTranslation } from 'react-i18next';
import { Banner } from '../components/Banner';
import { useErrorText } from '../i18n/use-lang';
import {
  dismissOpenFailure,
  openProject,
  restoreBackup,
  useStartState,
} from '../state/project-lifecycle';

/** Why a project did not open, translated, with backups to restore when the file is damaged. */
export function OpenFailureBanner() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { failure, busy } = useStartState();
  if (!failure) return null;
  const { error, dir } = failure;
  const backups = error.code === 'projectCorrupt' && dir ? (error.choices ?? []) : [];
  const locked = error.code === 'projectLocked' || error.code === 'projectLockedElsewhere';
  const takeOver = locked && dir ? error.choices?.[0] : undefined;
  return (
    <Banner tone="error" onDismiss={dismissOpenFailure}>
      <p>{errorText(error)}</p>
      {backups.length > 0 && dir && (
        <>
          <p>{t('start.corruptHelp')}</p>
          <ul className="backup-list">
            {backups.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void restoreBackup(dir, name)}
                >
                  {t('start.restoreBackup', { name })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {takeOver && dir && (
        <>
          <p>{t('start.lockUnverifiedHelp')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void openProject(dir, takeOver)}
          >
            {t('start.takeOverLock')}
          </button>
        </>
      )}
    </Banner>
  );
}
