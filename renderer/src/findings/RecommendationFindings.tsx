import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/model/entities';
import { run } from '../state/project-store';
import { FindingChecklist } from './FindingChecklist';

/** The findings a recommendation builds on, ticked from the numbered list of findings. */
export function RecommendationFindings({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  return (
    <FindingChecklist
      legend={t('recommendationEditor.findings')}
      selected={recommendation.findingIds}
      onChange={(findingIds) =>
        void run('recommendations.update', { id: recommendation.id, patch: { findingIds } })
      }
    />
  );
}
