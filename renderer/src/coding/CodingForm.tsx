import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextUnit } from '../../../shared/analysis/text-units';
import type { Valence } from '../../../shared/model/entities';
import type { ThemeRow } from '../../../shared/model/theme-tree';
import { toggled } from '../components/toggled';
import { useKeptText } from '../state/use-autosaved-draft';
import { shortSnippet } from './coding-model';
import { MemoField } from './MemoField';
import { SelectionUnits } from './SelectionUnits';
import { ThemeChecklist } from './ThemeChecklist';
import { ValencePicker } from './ValencePicker';

interface CodingFormProps {
  selectedText: string;
  themes: readonly ThemeRow[];
  /** The units the selection can grow to. */
  units: ReadonlySet<TextUnit>;
  onCode: (themeIds: string[], valence: Valence, memo: string) => Promise<boolean>;
  onExtend: (unit: TextUnit | null) => Promise<TextUnit | null>;
  onClearSelection: () => void;
}

/**
 * Codes the selected text: grow it to a sentence, paragraph or turn if wanted, pick themes (the
 * first nine shown have number keys that code at once; T finds any other), a valence and an
 * optional memo. A memo typed and not yet used stays in the form (and counts as unsaved) until
 * the next coding takes it or it is cleared.
 */
export function CodingForm({
  selectedText,
  themes,
  units,
  onCode,
  onExtend,
  onClearSelection,
}: CodingFormProps) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [valence, setValence] = useState<Valence>('neutral');
  // Kept in the draft book: a selection or view switch before coding does not lose the memo.
  const [memo, setMemo] = useKeptText('newCoding/memo');
  const [busy, setBusy] = useState(false);

  const code = async (themeIds: string[]) => {
    if (themeIds.length === 0 || busy) return;
    setBusy(true);
    const done = await onCode(themeIds, valence, memo);
    setBusy(false);
    if (done) {
      setChecked(new Set());
      setMemo('');
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void code([...checked]);
  };

  return (
    <form className="coding-form" onSubmit={submit} aria-label={t('coding.panel')}>
      <div className="selection-preview">
        <h3 className="panel-label">{t('coding.selection')}</h3>
        <blockquote>{shortSnippet(selectedText, 280)}</blockquote>
        <SelectionUnits available={units} onExtend={onExtend} />
        <button type="button" className="button-quiet button-small" onClick={onClearSelection}>
          {t('coding.clearSelection')}
        </button>
      </div>
      <ThemeChecklist
        legend={t('coding.themes')}
        themes={themes}
        checked={checked}
        onToggle={(themeId) => setChecked(toggled(checked, themeId))}
        onNumberKey={(themeId) => void code([themeId])}
        findTarget
      />
      <ValencePicker value={valence} onChange={setValence} />
      <MemoField value={memo} onChange={setMemo} rows={2} />
      <div className="coding-submit">
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={checked.size === 0 || busy}
        >
          {t('coding.code')}
        </button>
      </div>
    </form>
  );
}
