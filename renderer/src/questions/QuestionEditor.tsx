import { useId, useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { questionStatus } from '../../../shared/analysis/evidence';
import { CriterionSchema, type Criterion, type Question } from '../../../shared/model/entities';
import { EntityEditor } from '../components/EntityEditor';
import { SaveButtons } from '../components/SaveButtons';
import { SelectField } from '../components/SelectField';
import { ThemeSelect } from '../components/ThemeSelect';
import { run, useProjectData } from '../state/project-store';
import { useStoredDraft } from '../state/use-stored-draft';
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
  const id = useId();
  const data = useProjectData();
  const [text, setText] = useStoredDraft(question.text);
  const [criterion, setCriterion] = useStoredDraft(question.criterion);
  const status = useMemo(() => questionStatus(data, question), [data, question]);
  const changed =
    text.trim() !== '' && (text.trim() !== question.text || criterion !== question.criterion);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (changed)
      void run('questions.update', { id: question.id, patch: { text: text.trim(), criterion } });
  };
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
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('questions.text')}</label>
          <textarea
            id={`${id}-text`}
            rows={3}
            required
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <SelectField
          label={t('questions.criterion')}
          value={criterion}
          onChange={(value) => setCriterion(value as Criterion)}
          options={CriterionSchema.options.map((c) => ({ value: c, label: t(`criterion.${c}`) }))}
          hint={t(`criterion.hint_${criterion}`)}
        />
        <SaveButtons label={t('questions.save')} changed={changed} tight />
      </form>
      <QuestionStatusSummary status={status} />
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
