import '../styles/theme-moves.css';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/model/entities';
import { EmptyState } from '../components/EmptyState';
import { useEscape } from '../components/use-escape';
import { useProjectData } from '../state/project-store';
import { showProjectDialog } from '../state/ui-store';
import { DeleteThemeDialog } from './DeleteThemeDialog';
import { MergeThemeDialog } from './MergeThemeDialog';
import { ThemeDetail } from './ThemeDetail';
import { ThemeDialog } from './ThemeDialog';
import { ThemeTree } from './ThemeTree';
import { themeTree } from '../../../shared/model/theme-tree';
import { NO_COUNTS, useThemeCounts } from './use-theme-counts';
import { useThemeMoves } from './use-theme-moves';

type Open =
  | { dialog: 'add'; parentId: string | null }
  | { dialog: 'edit' | 'merge' | 'delete'; theme: Theme }
  | null;

/**
 * The codebook: the theme tree with live counts (codings, sources, cases); one theme's
 * definition; add, edit, move (drag or Alt + arrows), merge and delete.
 */
export function CodebookView() {
  const { t } = useTranslation();
  const data = useProjectData();
  const hintId = useId();
  const rows = useMemo(() => themeTree(data.themes), [data.themes]);
  // Parents count their sub-themes, as the matrix does by default; the panel adds the direct count.
  const counts = useThemeCounts();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const { move, announcement } = useThemeMoves();
  const selected = rows.find((row) => row.theme.id === selectedId);
  useEscape(
    selected !== undefined,
    useCallback(() => setSelectedId(null), []),
  );
  const close = () => setOpen(null);

  return (
    <section className="view" aria-labelledby="codebook-heading">
      <div className="view-head">
        <h1 id="codebook-heading">{t('codebook.heading')}</h1>
        <div className="button-row codebook-actions">
          <button
            type="button"
            className="button"
            onClick={() => showProjectDialog('importCodebook')}
          >
            {t('codebookImport.open')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setOpen({ dialog: 'add', parentId: null })}
          >
            {t('codebook.add')}
          </button>
        </div>
      </div>
      {rows.length === 0 ? (
        <EmptyState>{t('codebook.empty')}</EmptyState>
      ) : (
        <div className="split">
          <div>
            <ThemeTree
              rows={rows}
              themes={data.themes}
              counts={counts?.rolledUp ?? null}
              selectedId={selectedId}
              onSelect={setSelectedId}
              onMove={(change) => void move(change)}
              hintId={hintId}
            />
            <p className="hint tree-hint" id={hintId}>
              {t('codebookTree.hint')}
            </p>
            <p className="hint">{t('themeCounts.note')}</p>
            <p className="visually-hidden" role="status">
              {announcement}
            </p>
          </div>
          <aside
            className="side-panel"
            aria-label={selected?.theme.name ?? t('codebook.treeLabel')}
          >
            {selected ? (
              <ThemeDetail
                row={selected}
                themes={data.themes}
                counts={counts ? (counts.rolledUp.get(selected.theme.id) ?? NO_COUNTS) : null}
                directCounts={counts ? (counts.direct.get(selected.theme.id) ?? NO_COUNTS) : null}
                onAddChild={() => setOpen({ dialog: 'add', parentId: selected.theme.id })}
                onEdit={() => setOpen({ dialog: 'edit', theme: selected.theme })}
                onMerge={() => setOpen({ dialog: 'merge', theme: selected.theme })}
                onDelete={() => setOpen({ dialog: 'delete', theme: selected.theme })}
                onMove={(change) => void move(change)}
              />
            ) : (
              <p className="hint panel-hint">{t('codebook.selectHint')}</p>
            )}
          </aside>
        </div>
      )}
      {(open?.dialog === 'add' || open?.dialog === 'edit') && (
        <ThemeDialog
          theme={open.dialog === 'edit' ? open.theme : null}
          parentId={open.dialog === 'add' ? open.parentId : null}
          onClose={close}
          onSaved={(id) => setSelectedId(id)}
        />
      )}
      {open?.dialog === 'merge' && (
        <MergeThemeDialog theme={open.theme} onClose={close} onMerged={setSelectedId} />
      )}
      {open?.dialog === 'delete' && <DeleteThemeDialog theme={open.theme} onClose={close} />}
    </section>
  );
}
