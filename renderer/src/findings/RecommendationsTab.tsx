import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OrderedListTab } from '../components/OrderedListTab';
import { patchAnalysisFindingsUi, useAnalysisFindingsUi } from '../state/analysis-findings-ui';
import { run, useProjectData } from '../state/project-store';
import { byOrder } from '../../../shared/model/numbering';
import { RecommendationEditor } from './RecommendationEditor';

/** Recommendations: the ordered list (move with arrows or Alt+↑/↓) beside the open one's editor. */
export function RecommendationsTab() {
  const { t } = useTranslation();
  const data = useProjectData();
  const { recommendationId } = useAnalysisFindingsUi();
  const recommendations = useMemo(() => byOrder(data.recommendations), [data.recommendations]);
  return (
    <OrderedListTab
      heading={t('findings.recommendations')}
      addLabel={t('recommendationEditor.add')}
      add={{
        title: t('recommendationEditor.addTitle'),
        label: t('recommendationEditor.titleField'),
        onSubmit: async (title) => (await run('recommendations.add', { title }))?.id ?? null,
      }}
      listHint={t('recommendationEditor.reorderHint')}
      empty={t('findings.noRecommendations')}
      items={recommendations}
      selectedId={recommendationId}
      onSelect={(id) => patchAnalysisFindingsUi({ recommendationId: id })}
      onMove={(id, order) => void run('recommendations.update', { id, patch: { order } })}
      nameOf={(r, i) => t('recommendationEditor.name', { number: i + 1, title: r.title })}
      editorTitle={(number) => t('recommendationEditor.title', { number })}
      editor={(recommendation, number, close) => (
        <RecommendationEditor recommendation={recommendation} number={number} onClose={close} />
      )}
      selectHint={t('recommendationEditor.selectHint')}
    >
      {(rec) => (
        <>
          <span className="master-title">{rec.title}</span>
          <span className="master-meta">
            <span className={`priority priority-${rec.priority}`}>
              {t('recommendationEditor.priorityLabel', {
                priority: t(`priority.${rec.priority}`),
              })}
            </span>
            {rec.response ? (
              <span className={`response-decision response-decision-${rec.response.decision}`}>
                {t(`decision.${rec.response.decision}`)}
              </span>
            ) : (
              <span className="missing-response">{t('response.noneShort')}</span>
            )}
          </span>
        </>
      )}
    </OrderedListTab>
  );
}
