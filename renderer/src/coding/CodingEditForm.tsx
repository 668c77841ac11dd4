import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coding, Valence } from '../../../shared/model/entities';
import type { ThemeRow } from '../codebook/theme-tree';
import { FormActions } from '../components/FormActions';
import { toggled } from '../components/toggled';
import { run } from '../state/project-store';
import { MemoField } from './MemoField';
import { ThemeChecklist } from './ThemeChecklist';
import { ValencePicker } from './ValencePicker';

interface CodingEditFormProps {
  coding: Coding;
  themes: readonly ThemeRow[];
  onDone: () => void;
}

/** Changes a coding's themes, valence and memo (one undoable step). */
export function CodingEditForm({ coding, themes, onDone }: CodingEditFormProps) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set(coding.themeIds));
  const [valence, setValence] = useState<Valence>(coding.valence);
  const [memo, setMemo] = useState(coding.memo);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (checked.size === 0 || busy) return;
    setBusy(true);
    // Keep the order the themes had; new ones after.
    const themeIds = [
      ...coding.themeIds.filter((x) => checked.has(x)),
      ...[...checked].filter((x) => !coding.themeIds.includes(x)),
    ];
    const done = await run('codings.update', { id: coding.id, patch: { themeIds, valence, memo } });
    setBusy(false);
    if (done) onDone();
  };

  return (
    <form
      className="coding-edit form"
      onSubmit={(event) => void submit(event)}
      aria-label={t('codingEdit.formLabel')}
    >
      <ThemeChecklist
        legend={t('coding.themes')}
        themes={themes}
        checked={checked}
        onToggle={(themeId) => setChecked(toggled(checked, themeId))}
      />
      {checked.size === 0 && <p className="hint">{t('codingEdit.needTheme')}</p>}
      <ValencePicker value={valence} onChange={setValence} />
      <MemoField value={memo} onChange={setMemo} rows={3} />
      <FormActions
        compact
        submitLabel={t('codingEdit.save')}
        disabled={checked.size === 0 || busy}
        onCancel={onDone}
      />
    </form>
  );
}
