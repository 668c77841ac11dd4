import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OrderedListTab } from '../components/OrderedListTab';
import { byOrder } from '../../../shared/model/numbering';
import { shorten } from '../findings/finding-text';
import { patchAnalysisFindingsUi, useAnalysisFindingsUi } from '../state/analysis-findings-ui';
import { run, useProjectData } from '../state/project-store';
import { QuestionEditor } from './QuestionEditor';

/** Evaluation questions: the ordered list beside the open question's editor. */
export function QuestionsTab() {
  const { t } = useTranslation();
  const data = useProjectData();
  const { questionId } = useAnalysisFindingsUi();
  const questions = useMemo(() => byOrder(data.questions), [data.questions]);
  return (
    <OrderedListTab
      heading={t('questions.heading')}
      addLabel={t('questions.add')}
      add={{
        title: t('questions.addTitle'),
        label: t('questions.text'),
        hint: t('questions.addHint'),
        multiline: true,
        onSubmit: async (text) => (await run('questions.add', { text }))?.id ?? null,
      }}
      intro={t('questions.intro')}
      empty={t('questions.empty')}
      items={questions}
      selectedId={questionId}
      onSelect={(id) => patchAnalysisFindingsUi({ questionId: id })}
      onMove={(id, order) => void run('questions.update', { id, patch: { order } })}
      nameOf={(_, i) => t('questions.name', { number: i + 1 })}
      editorTitle={(number) => t('questions.title', { number })}
      editor={(question, number, close) => (
        <QuestionEditor question={question} number={number} onClose={close} />
      )}
      selectHint={t('questions.selectHint')}
    >
      {(question) => (
        <>
          <span className="master-text">{shorten(question.text, 140)}</span>
          <span className="master-meta">
            <span className="criterion-tag">{t(`criterion.${question.criterion}`)}</span>
            <span>{t('questions.findingCount', { count: question.findingIds.length })}</span>
          </span>
        </>
      )}
    </OrderedListTab>
  );
}
