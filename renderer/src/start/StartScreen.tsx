import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { startOpenProject } from '../app/commands';
import { openDemo, openProject, useStartState } from '../state/project-lifecycle';
import { showProjectDialog } from '../state/ui-store';
import { OpenFailureBanner } from './OpenFailureBanner';

/** What shows when no project is open: the demo, a new project, an existing one, recent ones. */
export function StartScreen() {
  const { t } = useTranslation();
  const { recent, busy } = useStartState();
  return (
    <div className="start-screen">
      <header className="start-top">
        <LanguageSwitch />
      </header>
      <main className="start-main">
        <h1 className="wordmark">{t('app.name')}</h1>
        <p className="start-purpose">{t('app.purpose')}</p>
        <OpenFailureBanner />
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
        </div>
        <p className="start-hint">{t('start.openDemoHint')}</p>
        {busy && (
          <p className="start-busy" role="status">
            {t('start.working')}
          </p>
        )}
        <section className="start-recent" aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t('start.recent')}</h2>
          {recent.length === 0 ? (
            <p className="muted">{t('start.noRecent')}</p>
          ) : (
            <ul className="recent-list">
              {recent.map((project) => (
                <li key={project.dir}>
                  <button
                    type="button"
                    className="recent-item"
                    disabled={busy}
                    onClick={() => void openProject(project.dir)}
                  >
                    <span className="recent-name">{project.name}</span>
                    <span className="recent-dir">{project.dir}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </main>
    </div>
  );
}
