import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../shared/model/entities';
import { indicatorRows } from '../cases/indicator-model';
import { run, useProjectData } from '../state/project-store';
import { FindingChecklist } from '../findings/FindingChecklist';

/** The indicators (by name, across cases) that inform a question, ticked from all known names. */
export function QuestionIndicators({ question }: { question: Question }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const rows = useMemo(() => indicatorRows(data.cases), [data.cases]);
  const known = rows.map((r) => r.name);
  // Names the question lists that no case reports any more still show, so they can be unticked.
  const names = [...known, ...question.indicatorNames.filter((n) => !known.includes(n))];
  const toggle = (name: string, on: boolean) =>
    void run('questions.update', {
      id: question.id,
      patch: {
        indicatorNames: on
          ? names.filter((n) => n === name || question.indicatorNames.includes(n))
          : question.indicatorNames.filter((n) => n !== name),
      },
    });
  return (
    <fieldset className="check-list">
      <legend>{t('questions.indicators')}</legend>
      {names.length === 0 ? (
        <p className="hint">{t('indicatorTable.empty')}</p>
      ) : (
        <ul className="plain-list check-columns">
          {names.map((name) => {
            const row = rows.find((r) => r.name === name);
            return (
              <li key={name}>
                <label className="check-row">
                  <input
                    type="checkbox"
                    checked={question.indicatorNames.includes(name)}
                    onChange={(event) => toggle(name, event.target.checked)}
                  />
                  <span>
                    {name}{' '}
                    <span className="muted small-text">
                      {row
                        ? t('questions.indicatorCases', { count: row.byCase.size })
                        : t('questions.indicatorGone')}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

/** The findings that answer a question, ticked from the numbered list of findings. */
export function QuestionFindings({ question }: { question: Question }) {
  const { t } = useTranslation();
  return (
    <FindingChecklist
      legend={t('questions.findings')}
      selected={question.findingIds}
      onChange={(findingIds) =>
        void run('questions.update', { id: question.id, patch: { findingIds } })
      }
    />
  );
}
