import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/model/entities';
import { EntityEditor } from '../components/EntityEditor';
import { run } from '../state/project-store';
import { FollowUpList } from './FollowUpList';
import { RecommendationFindings } from './RecommendationFindings';
import { RecommendationForm } from './RecommendationForm';
import { ResponseForm } from './ResponseForm';

/** One recommendation: its text and details, the findings behind it, the response and follow-up. */
export function RecommendationEditor({
  recommendation,
  number,
  onClose,
}: {
  recommendation: Recommendation;
  number: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <EntityEditor
      title={t('recommendationEditor.title', { number })}
      onClose={onClose}
      deletion={{
        label: t('recommendationEditor.delete'),
        title: t('recommendationEditor.deleteTitle', { title: recommendation.title }),
        body: t('recommendationEditor.deleteBody'),
        onDelete: () => void run('recommendations.delete', { id: recommendation.id }),
      }}
    >
      <RecommendationForm recommendation={recommendation} />
      <RecommendationFindings recommendation={recommendation} />
      <ResponseForm recommendation={recommendation} />
      <FollowUpList recommendation={recommendation} />
    </EntityEditor>
  );
}
