import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PrioritySchema, type Priority, type Recommendation } from '../../../shared/model/entities';
import { DraftTextField } from '../components/DraftTextField';
import { SelectField } from '../components/SelectField';
import { run, stillExists } from '../state/project-store';
import { textRules, useAutosavedDraft } from '../state/use-autosaved-draft';

type TextKey = 'title' | 'text' | 'rationale' | 'actor' | 'timeframe';

/**
 * A recommendation's own text and who, how urgent and when. Each field saves itself as it is
 * typed (one undo step per burst); the priority as soon as it is chosen.
 */
export function RecommendationForm({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="form" aria-labelledby={`${id}-legend`}>
      <h3 id={`${id}-legend`} className="visually-hidden">
        {t('recommendationEditor.details')}
      </h3>
      <RecommendationText
        recommendation={recommendation}
        field="title"
        label={t('recommendationEditor.titleField')}
        hint={t('drafts.savedAsYouType')}
        required
      />
      <RecommendationText
        recommendation={recommendation}
        field="text"
        label={t('recommendationEditor.text')}
        rows={4}
      />
      <RecommendationText
        recommendation={recommendation}
        field="rationale"
        label={t('recommendationEditor.rationale')}
        rows={3}
      />
      <RecommendationText
        recommendation={recommendation}
        field="actor"
        label={t('findings.actor')}
        hint={t('recommendationEditor.actorHint')}
      />
      <div className="form-grid">
        <SelectField
          label={t('findings.priority')}
          value={recommendation.priority}
          onChange={(value) =>
            void run('recommendations.update', {
              id: recommendation.id,
              patch: { priority: value as Priority },
            })
          }
          options={PrioritySchema.options.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        />
        <RecommendationText
          recommendation={recommendation}
          field="timeframe"
          label={t('findings.timeframe')}
          hint={t('recommendationEditor.timeframeHint')}
        />
      </div>
    </section>
  );
}

/** One text field of a recommendation, autosaved; multi-line when given `rows`. */
function RecommendationText({
  recommendation,
  field,
  label,
  hint,
  rows,
  required = false,
}: {
  recommendation: Recommendation;
  field: TextKey;
  label: string;
  hint?: string;
  rows?: number;
  required?: boolean;
}) {
  const { id } = recommendation;
  const draft = useAutosavedDraft(
    `recommendation/${id}/${field}`,
    recommendation[field],
    textRules({
      save: (text) => run('recommendations.update', { id, patch: { [field]: text } }),
      required,
      stillThere: () => stillExists('recommendations', id),
    }),
  );
  return (
    <DraftTextField
      label={label}
      draft={draft}
      hint={hint}
      required={required}
      multiline={rows !== undefined}
      rows={rows}
    />
  );
}
