import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../shared/model/entities';
import { ConfirmDialog } from '../components/ConfirmDialog';
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
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="entity-editor">
      <div className="panel-row">
        <h2 className="entity-editor-title">{t('recommendationEditor.title', { number })}</h2>
        <button type="button" className="button-quiet button-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <RecommendationForm recommendation={recommendation} />
      <RecommendationFindings recommendation={recommendation} />
      <ResponseForm recommendation={recommendation} />
      <FollowUpList recommendation={recommendation} />
      <div className="danger-zone">
        <button
          type="button"
          className="button button-danger-quiet"
          onClick={() => setConfirming(true)}
        >
          {t('recommendationEditor.delete')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('recommendationEditor.deleteTitle', { title: recommendation.title })}
          confirmLabel={t('recommendationEditor.delete')}
          onConfirm={() => {
            void run('recommendations.delete', { id: recommendation.id });
            onClose();
          }}
          onClose={() => setConfirming(false)}
        >
          <p>{t('recommendationEditor.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
