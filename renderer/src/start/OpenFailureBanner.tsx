import { useTranslation } from 'react-i18next';
import { Banner } from '../components/Banner';
import { useErrorText } from '../i18n/use-lang';
import {
  dismissOpenFailure,
  forgetRecent,
  openProject,
  restoreBackup,
  useStartState,
  type OpenFailure,
} from '../state/project-lifecycle';
import { showProjectDialog } from '../state/ui-store';

/**
 * Why a project did not open, translated, with what the user can do: restore a backup of a
 * damaged file, take a vanished project off the recent list, or start the demo over.
 */
export function OpenFailureBanner() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { failure, busy } = useStartState();
  if (!failure) return null;
  const { error, dir, kind } = failure;
  const backups = error.code === 'projectCorrupt' && dir ? (error.choices ?? []) : [];
  const locked = error.code === 'projectLocked' || error.code === 'projectLockedElsewhere';
  const takeOver = locked && dir ? error.choices?.[0] : undefined;
  const gone = goneFromRecent(failure);
  return (
    <Banner tone="error" onDismiss={dismissOpenFailure}>
      {gone && dir ? (
        <p>{t(`recentList.${gone}`, { dir })}</p>
      ) : kind === 'demo' && dir ? (
        <>
          <p>{t('demoCopy.openFailed', { dir })}</p>
          <p>{errorText(error)}</p>
        </>
      ) : (
        <p>{errorText(error)}</p>
      )}
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
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void openProject(dir, takeOver)}
            >
              {t('start.takeOverLock')}
            </button>
          </div>
        </>
      )}
      {gone && dir && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={busy}
            title={t('recentList.forgetHint')}
            onClick={() => void forgetRecent(dir)}
          >
            {t('recentList.forget')}
          </button>
        </div>
      )}
      {kind === 'demo' && dir && (
        <>
          <p>{t('demoCopy.openFailedHelp')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => showProjectDialog('startDemoOver')}
            >
              {t('demoCopy.startOver')}
            </button>
          </div>{' '}
        </>
      )}
    </Banner>
  );
}

/** Which "no longer there" a failed opening from the recent list was, if it was one. */
function goneFromRecent(failure: OpenFailure): 'folderMissing' | 'projectMissing' | null {
  if (failure.kind !== 'recent') return null;
  if (failure.error.code === 'folderMissing') return 'folderMissing';
  return failure.error.code === 'projectNotFound' ? 'projectMissing' : null;
}
