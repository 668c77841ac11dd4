import { useTranslation } from 'react-i18next';
import { showProjectDialog } from '../state/ui-store';

/**
 * Handing the project to another analysis tool: the whole project as .qdpx, or the codebook as
 * .qdc; each opens the export dialog (the File menu opens the same one).
 */
export function RefiExportCard() {
  const { t } = useTranslation();
  return (
    <section className="report-card" aria-labelledby="refi-export-heading">
      <h2 id="refi-export-heading">{t('refiExportForm.heading')}</h2>
      <p className="muted">{t('refiExportForm.cardIntro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => showProjectDialog('exportQdpx')}
        >
          {t('refiExportForm.openQdpx')}
        </button>
        <button type="button" className="button" onClick={() => showProjectDialog('exportQdc')}>
          {t('refiExportForm.openQdc')}
        </button>
      </div>
    </section>
  );
}
