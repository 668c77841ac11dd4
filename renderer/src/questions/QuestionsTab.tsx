import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { ReorderableList } from '../components/ReorderableList';
import { AddTextDialog } from '../findings/AddTextDialog';
import { byOrder, shorten } from '../findings/finding-text';
import { patchConclusionsUi, useConclusionsUi } from '../state/conclusions-ui';
import { run, useProjectData } from '../state/project-store';
import { QuestionEditor } from './QuestionEditor';

/** Evaluation questions: the ordered list beside the open question's editor. */
export function QuestionsTab() {
  const { t } = useTranslation();
  const data = useProjectData();
  const { questionId } = useConclusionsUi();
  const [adding, setAdding] = useState(false);
  const questions = useMemo(() => byOrder(data.questions), [data.questions]);
  const index = questions.findIndex((q) => q.id === questionId);
  const selected = questions[index];
  const select = (id: string | null) => patchConclusionsUi({ questionId: id });
  return (
    <div className="master-detail">
      <div className="master">
        <div className="panel-row master-head">
          <h2 className="section-heading">{t('questions.heading')}</h2>
          <button
            type="button"
            className="button button-primary button-small"
            onClick={() => setAdding(true)}
          >
            {t('questions.add')}
          </button>
        </div>
        <p className="hint master-hint">{t('questions.intro')}</p>
        {questions.length === 0 ? (
          <EmptyState>{t('questions.empty')}</EmptyState>
        ) : (
          <ReorderableList
            label={t('questions.heading')}
            items={questions}
            selectedId={selected?.id ?? null}
            onSelect={select}
            onMove={(id, order) => void run('questions.update', { id, patch: { order } })}
            nameOf={(_, i) => t('questions.name', { number: i + 1 })}
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
          </ReorderableList>
        )}
      </div>
      <section
        className="detail"
        aria-label={selected ? t('questions.title', { number: index + 1 }) : t('questions.heading')}
      >
        {selected ? (
          <QuestionEditor
            key={selected.id}
            question={selected}
            number={index + 1}
            onClose={() => select(null)}
          />
        ) : (
          questions.length > 0 && <p className="muted detail-hint">{t('questions.selectHint')}</p>
        )}
      </section>
      {adding && (
        <AddTextDialog
          title={t('questions.addTitle')}
          label={t('questions.text')}
          hint={t('questions.addHint')}
          submitLabel={t('questions.add')}
          multiline
          onSubmit={async (text) => (await run('questions.add', { text }))?.id ?? null}
          onAdded={select}
          onClose={() => setAdding(false)}
        />
      )}
    </div>
  );
}
