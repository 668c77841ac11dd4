import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { questionStatus } from '../../../shared/analysis/evidence';
import { CriterionSchema, type Criterion, type Question } from '../../../shared/model/entities';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { SelectField } from '../components/SelectField';
import { ThemeSelect } from '../components/ThemeSelect';
import { run, useProjectData } from '../state/project-store';
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
  const [text, setText] = useState(question.text);
  const [criterion, setCriterion] = useState<Criterion>(question.criterion);
  const [shown, setShown] = useState(question);
  const [confirming, setConfirming] = useState(false);
  if (shown !== question) {
    // Another edit or an undo replaced the question: show what is stored.
    setShown(question);
    setText(question.text);
    setCriterion(question.criterion);
  }
  const status = useMemo(() => questionStatus(data, question), [data, question]);
  const changed =
    text.trim() !== '' && (text.trim() !== question.text || criterion !== question.criterion);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (changed)
      void run('questions.update', { id: question.id, patch: { text: text.trim(), criterion } });
  };
  return (
    <div className="entity-editor">
      <div className="panel-row">
        <h2 className="entity-editor-title">{t('questions.title', { number })}</h2>
        <button type="button" className="button-quiet button-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
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
        <div className="button-row tight">
          <button type="submit" className="button button-primary button-small" disabled={!changed}>
            {t('questions.save')}
          </button>
        </div>
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
      <div className="danger-zone">
        <button
          type="button"
          className="button button-danger-quiet"
          onClick={() => setConfirming(true)}
        >
          {t('questions.delete')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('questions.deleteTitle', { number })}
          confirmLabel={t('questions.delete')}
          onConfirm={() => {
            void run('questions.delete', { id: question.id });
            onClose();
          }}
          onClose={() => setConfirming(false)}
        >
          <p>{t('questions.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
