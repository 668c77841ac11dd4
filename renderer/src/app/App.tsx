import { MergeCopyDialog } from '../merge/MergeCopyDialog';
import { useTranslation } from 'react-i18next';
import { StartScreen } from '../start/StartScreen';
import { NewProjectDialog } from '../start/NewProjectDialog';
import { ImportProjectDialog } from '../start/ImportProjectDialog';
import { OpenProjectDialog } from '../start/OpenProjectDialog';
import { StartDemoOverDialog } from '../start/StartDemoOverDialog';
import { useProjectStore } from '../state/project-store';
import { showProjectDialog, useUi } from '../state/ui-store';
import { CodebookImportDialog } from '../codebook/CodebookImportDialog';
import { RefiExportDialog } from '../reports/RefiExportDialog';
import { LeaveProjectDialog } from './LeaveProjectDialog';
import { MainWindow } from './MainWindow';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useLeaveGuard } from './use-leave-guard';
import { useDocumentTitle } from './use-document-title';

/** The whole renderer: the start screen or the open project, plus the project dialogs. */
export function App() {
  const { t } = useTranslation();
  const { phase } = useProjectStore();
  const { dialog } = useUi();
  useGlobalShortcuts();
  useLeaveGuard();
  useDocumentTitle();
  const closeDialog = () => showProjectDialog(null);
  return (
    <>
      {phase === 'starting' && (
        <div className="starting" role="status">
          {t('app.starting')}
        </div>
      )}
      {phase === 'start' && <StartScreen />}
      {phase === 'open' && <MainWindow />}
      {dialog === 'newProject' && <NewProjectDialog onClose={closeDialog} />}
      {dialog === 'openProject' && <OpenProjectDialog onClose={closeDialog} />}
      {dialog === 'importProject' && <ImportProjectDialog onClose={closeDialog} />}
      {dialog === 'startDemoOver' && <StartDemoOverDialog onClose={closeDialog} />}
      {dialog === 'mergeCopy' && phase === 'open' && <MergeCopyDialog onClose={closeDialog} />}
      {phase === 'open' && (dialog === 'exportQdpx' || dialog === 'exportQdc') && (
        <RefiExportDialog format={dialog === 'exportQdpx' ? 'qdpx' : 'qdc'} onClose={closeDialog} />
      )}
      {phase === 'open' && dialog === 'importCodebook' && (
        <CodebookImportDialog onClose={closeDialog} />
      )}
      <LeaveProjectDialog />
    </>
  );
}
