import { useTranslation } from 'react-i18next';
import { Tabs } from '../components/Tabs';
import { EvaluationMatrix } from '../questions/EvaluationMatrix';
import { QuestionsTab } from '../questions/QuestionsTab';
import { patchAnalysisFindingsUi, useAnalysisFindingsUi } from '../state/analysis-findings-ui';
import { useProjectData } from '../state/project-store';
import { FindingsTab } from './FindingsTab';
import { RecommendationsTab } from './RecommendationsTab';
import { ResponseOverview } from './ResponseOverview';
import '../styles/view-parts.css';
import '../styles/print-views.css';
import '../styles/findings.css';

/**
 * Conclusions: findings backed by quotes, recommendations built on them with the management
 * response and follow-up, and the evaluation questions they answer (list and matrix).
 */
export function FindingsView() {
  const { t } = useTranslation();
  const data = useProjectData();
  const { tab } = useAnalysisFindingsUi();
  const unanswered = data.recommendations.filter((r) => !r.response).length;
  const count = (n: number, alert = false) => (
    <span className={alert ? 'tabs-count tabs-count-alert' : 'tabs-count'}>{n}</span>
  );
  return (
    <section className="view view-wide printable-view" aria-labelledby="findings-heading">
      <div className="view-head">
        <h1 id="findings-heading">{t('findings.heading')}</h1>
      </div>
      <Tabs
        label={t('conclusionsCommon.tabsLabel')}
        current={tab}
        onChange={(next) => patchAnalysisFindingsUi({ tab: next })}
        tabs={[
          {
            key: 'findings',
            label: (
              <>
                {t('findings.findings')} {count(data.findings.length)}
              </>
            ),
          },
          {
            key: 'recommendations',
            label: (
              <>
                {t('findings.recommendations')} {count(data.recommendations.length)}
              </>
            ),
          },
          {
            key: 'responses',
            label: (
              <>
                {t('responseOverview.tab')}{' '}
                {unanswered > 0 && (
                  <span className="tabs-count tabs-count-alert">
                    {t('responseOverview.tabMissing', { count: unanswered })}
                  </span>
                )}
              </>
            ),
          },
          {
            key: 'questions',
            label: (
              <>
                {t('questions.tab')} {count(data.questions.length)}
              </>
            ),
          },
          { key: 'evaluationMatrix', label: t('evaluationMatrix.tab') },
        ]}
      >
        {tab === 'findings' && <FindingsTab />}
        {tab === 'recommendations' && <RecommendationsTab />}
        {tab === 'responses' && <ResponseOverview />}
        {tab === 'questions' && <QuestionsTab />}
        {tab === 'evaluationMatrix' && <EvaluationMatrix />}
      </Tabs>
    </section>
  );
}
