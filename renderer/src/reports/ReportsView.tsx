import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';

/** Reports: not built yet; says plainly what will come. */
export function ReportsView() {
  const { t } = useTranslation();
  return (
    <section className="view" aria-labelledby="reports-heading">
      <div className="view-head">
        <h1 id="reports-heading">{t('reports.heading')}</h1>
      </div>
      <EmptyState title={t('reports.emptyTitle')}>{t('reports.emptyBody')}</EmptyState>
    </section>
  );
}
