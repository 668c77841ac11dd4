import { useTranslation } from 'react-i18next';
import type { QuestionStatus } from '../../../shared/analysis/evidence';
import { StrengthBadge } from '../components/StrengthBadge';

/** A question's evidence strength and open gaps, in words. */
export function QuestionGaps({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation();
  if (status.gaps.length === 0)
    return (
      <p className="no-gaps">
        <span aria-hidden="true">✓ </span>
        {t('evaluationMatrix.noGaps')}
      </p>
    );
  return (
    <ul className="gap-list">
      {status.gaps.map((gap) => (
        <li key={gap}>{t(`questionGap.${gap}`)}</li>
      ))}
    </ul>
  );
}

/** Strength and gaps together, for the question editor. */
export function QuestionStatusSummary({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation();
  return (
    <section
      className="question-status"
      aria-labelledby="question-status-heading"
      aria-live="polite"
    >
      <div className="evidence-head">
        <h3 id="question-status-heading" className="panel-label">
          {t('questions.status')}
        </h3>
        <StrengthBadge strength={status.strength} />
      </div>
      <QuestionGaps status={status} />
    </section>
  );
}
