import { useTranslation } from 'react-i18next';
import { ExcelReportForm } from './ExcelReportForm';
import { PseudonymList } from './PseudonymList';
import { RefiExportCard } from './RefiExportCard';
import { SheetsForm } from './SheetsForm';
import { WordReportForm } from './WordReportForm';
import '../styles/view-parts.css';
import '../styles/findings.css';
import '../styles/reports.css';

/** Outputs: the Excel evaluation report, the Word report, the printed recommendation sheets, the project for other tools (REFI-QDA), and the pseudonym list they use. */
export function ReportsView() {
  const { t } = useTranslation();
  return (
    <section className="view" aria-labelledby="reports-heading">
      <div className="view-head">
        <h1 id="reports-heading">{t('reports.heading')}</h1>
      </div>
      <p className="muted view-intro">{t('reportsView.intro')}</p>
      <div className="report-grid">
        <ExcelReportForm />
        <WordReportForm />
        <SheetsForm />
        <RefiExportCard />
        <PseudonymList />
      </div>
    </section>
  );
}
