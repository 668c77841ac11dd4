import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEvidence } from '../state/evidence-query';
import { EmptyState } from '../components/EmptyState';
import { StrengthBadge } from '../components/StrengthBadge';
import { indicatorRows } from '../cases/indicator-model';
import { Swatch } from '../components/Swatch';
import { byOrder, orderNumbers } from '../../../shared/model/numbering';
import { shorten } from '../findings/finding-text';
import { patchAnalysisFindingsUi } from '../state/analysis-findings-ui';
import { useProjectData } from '../state/project-store';
import { IndicatorValues } from './IndicatorValues';
import { QuestionGaps } from './QuestionStatusSummary';

/**
 * The evaluation matrix: per question its criterion, themes, indicators with their values
 * across cases, the findings that answer it, evidence strength and what is still open.
 */
export function EvaluationMatrix() {
  const { t } = useTranslation();
  const data = useProjectData();
  const questions = useMemo(() => byOrder(data.questions), [data.questions]);
  const evidence = useEvidence();
  const indicators = useMemo(
    () => new Map(indicatorRows(data.cases).map((r) => [r.name, r])),
    [data.cases],
  );
  const numbers = orderNumbers(data.findings);
  const themeById = new Map(data.themes.map((th) => [th.id, th]));
  if (questions.length === 0) return <EmptyState>{t('questions.empty')}</EmptyState>;
  return (
    <section aria-labelledby="eval-matrix-heading">
      <h2 id="eval-matrix-heading" className="section-heading">
        {t('evaluationMatrix.heading')}
      </h2>
      <p className="muted">{t('evaluationMatrix.intro')}</p>
      <div
        className="matrix-scroll eval-scroll"
        role="region"
        aria-labelledby="eval-matrix-heading"
        tabIndex={0}
      >
        <table className="table eval-table">
          <caption className="visually-hidden">{t('evaluationMatrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-question">
                {t('evaluationMatrix.question')}
              </th>
              <th scope="col">{t('questions.themes')}</th>
              <th scope="col" className="col-indicators">
                {t('questions.indicators')}
              </th>
              <th scope="col" className="col-findings">
                {t('questions.findings')}
              </th>
              <th scope="col" className="col-status">
                {t('evaluationMatrix.strengthAndGaps')}
              </th>
            </tr>
          </thead>
          <tbody>
            {questions.map((question, index) => {
              const status = evidence.question(question);
              if (!status) return null;
              return (
                <tr key={question.id}>
                  <th scope="row" className="col-question">
                    <button
                      type="button"
                      className="link-button question-link"
                      onClick={() =>
                        patchAnalysisFindingsUi({ tab: 'questions', questionId: question.id })
                      }
                    >
                      {index + 1}. {question.text}
                    </button>
                    <span className="criterion-line">
                      <span className="visually-hidden">{t('questions.criterion')}: </span>
                      <span className="criterion-tag">{t(`criterion.${question.criterion}`)}</span>
                    </span>
                  </th>
                  <td>
                    <ul className="plain-list compact-list">
                      {question.themeIds.map((id) => {
                        const theme = themeById.get(id);
                        return theme ? (
                          <li key={id}>
                            <Swatch colour={theme.colour} />
                            {theme.name}
                          </li>
                        ) : null;
                      })}
                    </ul>
                  </td>
                  <td className="col-indicators">
                    <IndicatorValues
                      names={question.indicatorNames}
                      rows={indicators}
                      cases={data.cases}
                    />
                  </td>
                  <td className="col-findings">
                    {status.findings.length === 0 ? (
                      t('common.none')
                    ) : (
                      <ul className="plain-list finding-refs">
                        {status.findings.map((f) => (
                          <li key={f.id}>
                            <strong>{numbers.get(f.id)}.</strong> {shorten(f.statement, 70)}{' '}
                            <span className="muted small-text nowrap">
                              (
                              {t(
                                `evidenceStrength.${status.evidence.get(f.id)?.strength ?? 'none'}`,
                              )}
                              )
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="col-status">
                    <StrengthBadge strength={status.strength} short />
                    <QuestionGaps status={status} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
