import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/model/entities';
import { DraftTextField } from '../components/DraftTextField';
import { Swatch } from '../components/Swatch';
import { run, stillExists } from '../state/project-store';
import { textRules, useAutosavedDraft } from '../state/use-autosaved-draft';
import { keyboardMove, type MoveKey, type ThemeMove } from './theme-moves';
import { isCodable, type ThemeRow } from '../../../shared/model/theme-tree';
import type { ThemeCounts } from '../../../shared/analysis/theme-counts';

interface ThemeDetailProps {
  row: ThemeRow;
  themes: readonly Theme[];
  /** With sub-themes for a parent theme (the matrix's default). */
  counts: ThemeCounts | null;
  /** On the theme itself only. */
  directCounts: ThemeCounts | null;
  onAddChild: () => void;
  onEdit: () => void;
  onMerge: () => void;
  onDelete: () => void;
  onMove: (move: ThemeMove) => void;
}

const moveButtons: { key: MoveKey; arrow: string; shortcut: string }[] = [
  { key: 'up', arrow: '↑', shortcut: 'Alt+ArrowUp' },
  { key: 'down', arrow: '↓', shortcut: 'Alt+ArrowDown' },
  { key: 'outdent', arrow: '←', shortcut: 'Alt+ArrowLeft' },
  { key: 'indent', arrow: '→', shortcut: 'Alt+ArrowRight' },
];

type RuleKey = 'definition' | 'inclusion' | 'exclusion' | 'example';
const rules: readonly RuleKey[] = ['definition', 'inclusion', 'exclusion', 'example'];

/**
 * One theme as the codebook defines it: its counts, its coding rules (written here, saved as
 * they are typed) and what can be done with it.
 */
export function ThemeDetail({
  row,
  themes,
  counts,
  directCounts,
  onAddChild,
  onEdit,
  onMerge,
  onDelete,
  onMove,
}: ThemeDetailProps) {
  const { t } = useTranslation();
  const { theme } = row;
  return (
    <div className="theme-detail">
      <h2 className="theme-detail-title">
        <Swatch colour={theme.colour} large />
        {theme.name}
      </h2>
      {row.depth > 0 && <p className="muted">{row.path}</p>}
      <p className="muted">
        {counts
          ? t(row.hasChildren ? 'themeCounts.withSub' : 'codebookTree.counts', {
              codings: counts.codings,
              sources: counts.sources,
              cases: counts.cases,
            })
          : '\u00a0'}
        {row.hasChildren && directCounts && (
          <>
            <br />
            {t('themeCounts.direct', { codings: directCounts.codings })}
          </>
        )}
      </p>
      <section className="form theme-rules" aria-label={t('codebook.rules')}>
        {rules.map((key) => (
          <ThemeRuleField key={key} theme={theme} field={key} />
        ))}
        <p className="hint">{t('drafts.savedAsYouType')}</p>
      </section>
      <GroupingToggle theme={theme} />
      <div className="button-row">
        <button type="button" className="button" onClick={onEdit}>
          {t('codebook.editDetails')}
        </button>
        <button type="button" className="button" onClick={onAddChild}>
          {t('themeForm.addSub')}
        </button>
        <button type="button" className="button" onClick={onMerge}>
          {t('codebookTree.merge')}
        </button>
        <button type="button" className="button button-danger-quiet" onClick={onDelete}>
          {t('common.delete')}
        </button>
      </div>
      <div className="move-buttons" role="group" aria-label={t('codebookTree.moveGroup')}>
        <span className="panel-label">{t('codebookTree.moveGroup')}</span>
        <div className="button-row">
          {moveButtons.map(({ key, arrow, shortcut }) => {
            const move = keyboardMove(themes, theme.id, key);
            return (
              <button
                key={key}
                type="button"
                className="button button-small"
                disabled={!move}
                aria-keyshortcuts={shortcut}
                title={t(`codebookTree.moveHint.${key}`)}
                onClick={() => move && onMove(move)}
              >
                <span aria-hidden="true">{arrow}</span> {t(`codebookTree.move.${key}`)}
              </button>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** Whether the theme is a grouping (codes nothing, gathers themes): one undoable edit a click. */
function GroupingToggle({ theme }: { theme: Theme }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="field">
      <label className="opt-check">
        <input
          type="checkbox"
          checked={!isCodable(theme)}
          aria-describedby={hintId}
          onChange={(event) =>
            void run('themes.update', { id: theme.id, patch: { codable: !event.target.checked } })
          }
        />
        {t('groupingTheme.toggle')}
      </label>
      <p className="hint" id={hintId}>
        {t('groupingTheme.toggleHint')}
      </p>
    </div>
  );
}

/** One coding rule of a theme (definition, inclusion, exclusion, example), autosaved. */
function ThemeRuleField({ theme, field }: { theme: Theme; field: RuleKey }) {
  const { t } = useTranslation();
  const { id } = theme;
  const draft = useAutosavedDraft(
    `theme/${id}/${field}`,
    theme[field],
    textRules({
      save: (text) => run('themes.update', { id, patch: { [field]: text } }),
      stillThere: () => stillExists('themes', id),
    }),
  );
  return (
    <DraftTextField
      label={t(`codebook.${field}`)}
      draft={draft}
      multiline
      rows={field === 'definition' ? 3 : 2}
    />
  );
}
