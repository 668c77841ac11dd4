import { Trans, useTranslation } from 'react-i18next';
import { Banner } from '../components/Banner';
import { useConnection } from '../state/connection-store';
import { useStartState } from '../state/project-lifecycle';
import { useProjectStore } from '../state/project-store';

/** The command that starts the browser fallback, as the user types it. */
const WEB_COMMAND = 'npm run web';

/**
 * Says at once, calmly, that Fynd's host has stopped answering: what is safe (every edit shown
 * as saved is on disk), what may not be (an edit in flight), and what to do. When the host
 * answers again it offers a reload. Shown above the start screen and the open project alike.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const connection = useConnection();
  const { host } = useStartState();
  const { status } = useProjectStore();
  if (connection === 'connected') return null;
  const unconfirmed = typeof status === 'object' && status.error.code === 'connectionLost';
  if (connection === 'restored') {
    return (
      <Banner tone="info">
        <p>
          <strong>{t('connection.back')}</strong> {t('connection.backHelp')}
        </p>
        {unconfirmed && <p>{t('connection.unconfirmed')}</p>}
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            onClick={() => window.location.reload()}
          >
            {t('connection.reload')}
          </button>
        </div>
      </Banner>
    );
  }
  return (
    <Banner tone="warning">
      <p className="banner-title">{t('connection.lost')}</p>
      <p>
        <strong>{t('connection.onDisk')}</strong>
      </p>
      {unconfirmed && <p>{t('connection.unconfirmed')}</p>}
      <p>
        {host === 'web' ? (
          <Trans
            i18nKey="connection.restartWeb"
            values={{ command: WEB_COMMAND }}
            components={{ code: <code /> }}
          />
        ) : (
          t('connection.restartApp')
        )}
      </p>
    </Banner>
  );
}
