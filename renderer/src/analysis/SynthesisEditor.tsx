import { useTranslation } from 'react-i18next';
import type { Synthesis } from '../../../shared/model/entities';
import { DraftTextField } from '../components/DraftTextField';
import { currentData, run, stillExists } from '../state/project-store';
import { textRules, useAutosavedDraft } from '../state/use-autosaved-draft';

interface SynthesisEditorProps {
  themeId: string;
  caseId: string;
  synthesis: Synthesis | undefined;
}

/**
 * Writes the text of a cell's synthesis as the project has it when the save runs: adds it,
 * changes it, or (emptied) removes it.
 */
function saveSynthesis(themeId: string, caseId: string, text: string) {
  const current = currentData()?.syntheses.find(
    (s) => s.themeId === themeId && s.caseId === caseId,
  );
  if (!current)
    return text === '' ? Promise.resolve(true) : run('syntheses.add', { themeId, caseId, text });
  if (text === '') return run('syntheses.delete', { id: current.id });
  return run('syntheses.update', { id: current.id, patch: { text } });
}

/**
 * The evaluator's own summary of one theme in one case (the framework-matrix cell), saved as it
 * is typed; emptying it removes the synthesis. Mount it keyed by theme and case.
 */
export function SynthesisEditor({ themeId, caseId, synthesis }: SynthesisEditorProps) {
  const { t } = useTranslation();
  const text = useAutosavedDraft(
    `synthesis/${themeId}/${caseId}`,
    synthesis?.text ?? '',
    textRules({
      save: (value) => saveSynthesis(themeId, caseId, value),
      stillThere: () => stillExists('themes', themeId) && stillExists('cases', caseId),
    }),
  );
  return (
    <div className="synthesis-editor">
      <DraftTextField
        label={t('matrix.synthesis')}
        draft={text}
        multiline
        rows={4}
        hint={t('matrix.synthesisHint')}
      />
    </div>
  );
}
