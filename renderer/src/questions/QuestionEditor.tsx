import { useTranslation } from 'react-i18next';
import { useEvidence } from '../state/evidence-query';
import { CriterionSchema, type Criterion, type Question } from '../../../shared/model/entities';
import { EntityEditor } from '../components/EntityEditor';
import { DraftTextField } from '../components/DraftTextField';
import { SelectField } from '../components/SelectField';
import { ThemeSelect } from '../components/ThemeSelect';
import { run, stillExists, useProjectData } from '../state/project-store';
import { textRules, useAutosavedDraft } from '../state/use-autosaved-draft';
import { QuestionFindings, QuestionIndicators } from './QuestionLinks';
import { QuestionStatusSummary } from './QuestionStatusSummary';

/** One evaluation question: text and criterion, the themes, indicators and findings tied to it. */
export function QuestionEditor({
  question,
  number,
  onClose,
}: {
  question: Question;
  number: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const data = useProjectData();
  const text = useAutosavedDraft(
    `question/${question.id}/text`,
    question.text,
    textRules({
      save: (value) => run('questions.update', { id: question.id, patch: { text: value } }),
      required: true,
      stillThere: () => stillExists('questions', question.id),
    }),
  );
  const status = useEvidence().question(question);
  return (
    <EntityEditor
      title={t('questions.title', { number })}
      onClose={onClose}
      deletion={{
        label: t('questions.delete'),
        title: t('questions.deleteTitle', { number }),
        body: t('questions.deleteBody'),
        onDelete: () => void run('questions.delete', { id: question.id }),
      }}
    >
      <div className="form">
        <DraftTextField
          label={t('questions.text')}
          draft={text}
          multiline
          rows={3}
          required
          hint={t('drafts.savedAsYouType')}
        />
        <SelectField
          label={t('questions.criterion')}
          value={question.criterion}
          onChange={(value) =>
            void run('questions.update', {
              id: question.id,
              patch: { criterion: value as Criterion },
            })
          }
          options={CriterionSchema.options.map((c) => ({ value: c, label: t(`criterion.${c}`) }))}
          hint={t(`criterionHint.${question.criterion}`)}
        />
      </div>
      {status && <QuestionStatusSummary status={status} />}
      <ThemeSelect
        label={t('questions.themes')}
        themes={data.themes}
        selected={question.themeIds}
        onChange={(themeIds) =>
          void run('questions.update', { id: question.id, patch: { themeIds } })
        }
      />
      <QuestionFindings question={question} />
      <QuestionIndicators question={question} />
    </EntityEditor>
  );
}
