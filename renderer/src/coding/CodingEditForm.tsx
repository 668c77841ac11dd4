import { useTranslation } from 'react-i18next';
import type { Coding, Valence } from '../../../shared/model/entities';
import type { ThemeRow } from '../../../shared/model/theme-tree';
import { DraftNote } from '../components/DraftNote';
import { toggled } from '../components/toggled';
import { run, stillExists } from '../state/project-store';
import { textRules, useAutosavedDraft } from '../state/use-autosaved-draft';
import { MemoField } from './MemoField';
import { ThemeChecklist } from './ThemeChecklist';
import { ValencePicker } from './ValencePicker';

interface CodingEditFormProps {
  coding: Coding;
  themes: readonly ThemeRow[];
  onDone: () => void;
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Changes a coding's themes, valence and memo, each saved as it changes: a ticked theme or a
 * chosen valence at once, the memo after a pause in typing. A coding keeps at least one theme:
 * unticking the last is not saved until another is ticked.
 */
export function CodingEditForm({ coding, themes, onDone }: CodingEditFormProps) {
  const { t } = useTranslation();
  const { id } = coding;
  const stillThere = () => stillExists('codings', id);
  const themeIds = useAutosavedDraft<readonly string[]>(`coding/${id}/themes`, coding.themeIds, {
    save: async (ids) =>
      Boolean(await run('codings.update', { id, patch: { themeIds: [...ids] } })),
    valid: (ids) => ids.length > 0,
    same: sameIds,
    stillThere,
  });
  const valence = useAutosavedDraft<Valence>(`coding/${id}/valence`, coding.valence, {
    save: async (value) => Boolean(await run('codings.update', { id, patch: { valence: value } })),
    stillThere,
  });
  const memo = useAutosavedDraft(
    `coding/${id}/memo`,
    coding.memo,
    textRules({ save: (text) => run('codings.update', { id, patch: { memo: text } }), stillThere }),
  );
  const checked = new Set(themeIds.value);

  return (
    <div className="coding-edit form" role="form" aria-label={t('codingEdit.formLabel')}>
      <ThemeChecklist
        legend={t('coding.themes')}
        themes={themes}
        checked={checked}
        // Keep the order the themes had; new ones after.
        onToggle={(themeId) => {
          const next = toggled(checked, themeId);
          themeIds.commit([
            ...themeIds.value.filter((x) => next.has(x)),
            ...[...next].filter((x) => !themeIds.value.includes(x)),
          ]);
        }}
      />
      <DraftNote
        state={themeIds.state}
        invalidText={t('codingEdit.needTheme')}
        onRestore={themeIds.revert}
      />
      <ValencePicker value={valence.value} onChange={valence.commit} />
      <MemoField value={memo.value} onChange={memo.change} onBlur={memo.flush} rows={3} />
      <DraftNote state={memo.state} onRestore={memo.revert} />
      <div className="button-row">
        <button type="button" className="button button-small button-primary" onClick={onDone}>
          {t('drafts.done')}
        </button>
      </div>
    </div>
  );
}
