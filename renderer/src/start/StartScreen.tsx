import { useTranslation } from 'react-i18next';
import { ConnectionBanner } from '../app/ConnectionBanner';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { startOpenProject } from '../app/commands';
import { openDemo, useStartState } from '../state/project-lifecycle';
import { showProjectDialog } from '../state/ui-store';
import { OpenFailureBanner } from './OpenFailureBanner';
import { RecentList } from './RecentList';
import { UserButton } from '../app/UserButton';
import { useUser } from '../state/user-store';
import { WhoAmI } from './WhoAmI';

/** What shows when no project is open: the demo, a new project, an existing one, recent ones. */
export function StartScreen() {
  const { t } = useTranslation();
  const { busy } = useStartState();
  const { loaded, user } = useUser();
  return (
    <div className="start-screen">
      <header className="start-top">
        <UserButton />
        <LanguageSwitch />
      </header>
      <main className="start-main">
        <h1 className="wordmark">{t('app.name')}</h1>
        <p className="start-purpose">{t('app.purpose')}</p>
        <ConnectionBanner />
        <OpenFailureBanner />
        {loaded && !user && <WhoAmI />}
        <div className="start-actions">
          <button
            type="button"
            className="button button-primary button-large"
            disabled={busy}
            onClick={() => void openDemo()}
          >
            {t('start.openDemo')}
          </button>
          <button
            type="button"
            className="button button-large"
            disabled={busy}
            onClick={() => showProjectDialog('newProject')}
          >
            {t('start.newProject')}
          </button>
          <button
            type="button"
            className="button button-large"
            disabled={busy}
            onClick={() => void startOpenProject()}
          >
            {t('start.openProject')}
          </button>
          <button
            type="button"
            className="button button-large"
            disabled={busy}
            onClick={() => showProjectDialog('importProject')}
          >
            {t('start.importProject')}
          </button>
        </div>
        <p className="start-hint">
          {t('start.openDemoHint')}{' '}
          <button
            type="button"
            className="link-button"
            disabled={busy}
            onClick={() => showProjectDialog('startDemoOver')}
          >
            {t('demoCopy.startOver')}
          </button>
        </p>
        {busy && (
          <p className="start-busy" role="status">
            {t('start.working')}
          </p>
        )}
        <section className="start-recent" aria-labelledby="recent-heading">
          <h2 id="recent-heading" tabIndex={-1}>
            {t('start.recent')}
          </h2>
          <RecentList />
        </section>
      </main>
    </div>
  );
}
