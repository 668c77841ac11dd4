import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Synthesis } from '../../../shared/model/entities';
import { SaveButtons } from '../components/SaveButtons';
import { run } from '../state/project-store';
import { useStoredDraft } from '../state/use-stored-draft';

interface SynthesisEditorProps {
  themeId: string;
  caseId: string;
  synthesis: Synthesis | undefined;
}

/**
 * The evaluator's own summary of one theme in one case (the framework-matrix cell). Saving an
 * empty text removes the synthesis. Mount it keyed by theme and case.
 */
export function SynthesisEditor({ themeId, caseId, synthesis }: SynthesisEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const saved = synthesis?.text ?? '';
  const [text, setText] = useStoredDraft(saved);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const changed = text.trim() !== saved.trim();

  const save = async () => {
    setBusy(true);
    const trimmed = text.trim();
    let done;
    if (synthesis && trimmed === '') done = await run('syntheses.delete', { id: synthesis.id });
    else if (synthesis)
      done = await run('syntheses.update', { id: synthesis.id, patch: { text: trimmed } });
    else done = await run('syntheses.add', { themeId, caseId, text: trimmed });
    setBusy(false);
    if (done)
      setMessage(trimmed === '' ? t('matrix.synthesisRemoved') : t('matrix.synthesisSaved'));
  };

  return (
    <form
      className="synthesis-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (changed && !busy) void save();
      }}
    >
      <label htmlFor={id} className="panel-label">
        {t('matrix.synthesis')}
      </label>
      <textarea
        id={id}
        rows={4}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setText(event.target.value);
          setMessage('');
        }}
        onKeyDown={(event) => {
          // Escape closes the panel, but never over unsaved words: it undoes the edit first.
          if (event.key === 'Escape' && changed) {
            event.preventDefault();
            setText(saved);
          }
        }}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('matrix.synthesisHint')}
      </p>
      <SaveButtons
        label={t('matrix.saveSynthesis')}
        changed={changed}
        busy={busy}
        onRevert={() => setText(saved)}
        status={message}
      />
    </form>
  );
}
