import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { ReorderableList } from '../components/ReorderableList';
import { patchConclusionsUi, useConclusionsUi } from '../state/conclusions-ui';
import { run, useProjectData } from '../state/project-store';
import { AddTextDialog } from './AddTextDialog';
import { byOrder } from './finding-text';
import { RecommendationEditor } from './RecommendationEditor';

/** Recommendations: the ordered list (move with arrows or Alt+↑/↓) beside the open one's editor. */
export function RecommendationsTab() {
  const { t } = useTranslation();
  const data = useProjectData();
  const { recommendationId } = useConclusionsUi();
  const [adding, setAdding] = useState(false);
  const recommendations = useMemo(() => byOrder(data.recommendations), [data.recommendations]);
  const index = recommendations.findIndex((r) => r.id === recommendationId);
  const selected = recommendations[index];
  const select = (id: string | null) => patchConclusionsUi({ recommendationId: id });

  return (
    <div className="master-detail">
      <div className="master">
        <div className="panel-row master-head">
          <h2 className="section-heading">{t('findings.recommendations')}</h2>
          <button
            type="button"
            className="button button-primary button-small"
            onClick={() => setAdding(true)}
          >
            {t('recommendationEditor.add')}
          </button>
        </div>
        {recommendations.length === 0 ? (
          <EmptyState>{t('findings.noRecommendations')}</EmptyState>
        ) : (
          <>
            <p className="hint master-hint">{t('recommendationEditor.reorderHint')}</p>
            <ReorderableList
              label={t('findings.recommendations')}
              items={recommendations}
              selectedId={selected?.id ?? null}
              onSelect={select}
              onMove={(id, order) => void run('recommendations.update', { id, patch: { order } })}
              nameOf={(r, i) => t('recommendationEditor.name', { number: i + 1, title: r.title })}
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
                      <span
                        className={`response-decision response-decision-${rec.response.decision}`}
                      >
                        {t(`response.decision_${rec.response.decision}`)}
                      </span>
                    ) : (
                      <span className="missing-response">{t('response.noneShort')}</span>
                    )}
                  </span>
                </>
              )}
            </ReorderableList>
          </>
        )}
      </div>
      <section
        className="detail"
        aria-label={
          selected
            ? t('recommendationEditor.title', { number: index + 1 })
            : t('findings.recommendations')
        }
      >
        {selected ? (
          <RecommendationEditor
            key={selected.id}
            recommendation={selected}
            number={index + 1}
            onClose={() => select(null)}
          />
        ) : (
          recommendations.length > 0 && (
            <p className="muted detail-hint">{t('recommendationEditor.selectHint')}</p>
          )
        )}
      </section>
      {adding && (
        <AddTextDialog
          title={t('recommendationEditor.addTitle')}
          label={t('recommendationEditor.titleField')}
          submitLabel={t('recommendationEditor.add')}
          onSubmit={async (title) => (await run('recommendations.add', { title }))?.id ?? null}
          onAdded={select}
          onClose={() => setAdding(false)}
        />
      )}
    </div>
  );
}
