import { useTranslation } from 'react-i18next';
import { closeProject } from '../state/project-lifecycle';
import { useProjectStore } from '../state/project-store';
import { HistoryButtons } from './HistoryButtons';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatus } from './SaveStatus';
import { UserButton } from './UserButton';

/** The top bar: which project, whether it is saved, undo/redo, language and closing. */
export function AppHeader() {
  const { t } = useTranslation();
  const { project } = useProjectStore();
  return (
    <header className="app-header">
      <div className="header-project">
        <span className="wordmark wordmark-small" aria-hidden="true">
          {t('app.name')}
        </span>
        <span className="project-name" title={project?.dir}>
          {project?.data.project.name}
        </span>
        <SaveStatus />
      </div>
      <div className="header-tools">
        <HistoryButtons />
        <UserButton />
        <LanguageSwitch />
        <button type="button" className="button" onClick={() => void closeProject()}>
          {t('header.closeProject')}
        </button>
      </div>
    </header>
  );
}
