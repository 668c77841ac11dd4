import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/model/entities';
import { EmptyState } from '../components/EmptyState';
import { useEscape } from '../components/use-escape';
import { useProjectData } from '../state/project-store';
import { DeleteThemeDialog } from './DeleteThemeDialog';
import { ThemeDetail } from './ThemeDetail';
import { ThemeDialog } from './ThemeDialog';
import { countByTheme, flattenThemes } from './theme-tree';

type Editing = { mode: 'add' } | { mode: 'edit'; theme: Theme } | null;

/** The codebook: the theme tree with counts, one theme's definition, add/edit/delete. */
export function CodebookView() {
  const { t } = useTranslation();
  const data = useProjectData();
  const rows = useMemo(() => flattenThemes(data.themes), [data.themes]);
  const counts = useMemo(() => countByTheme(data.codings), [data.codings]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Theme | null>(null);
  const selected = rows.find((row) => row.theme.id === selectedId);
  useEscape(
    selected !== undefined,
    useCallback(() => setSelectedId(null), []),
  );

  return (
    <section className="view" aria-labelledby="codebook-heading">
      <div className="view-head">
        <h1 id="codebook-heading">{t('codebook.heading')}</h1>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setEditing({ mode: 'add' })}
        >
          {t('codebook.add')}
        </button>
      </div>
      {rows.length === 0 ? (
        <EmptyState>{t('codebook.empty')}</EmptyState>
      ) : (
        <div className="split">
          <ul className="theme-tree" aria-label={t('codebook.treeLabel')}>
            {rows.map(({ theme, depth }) => {
              const count = counts.get(theme.id) ?? { codings: 0, sources: 0 };
              return (
                <li key={theme.id} style={{ paddingInlineStart: `${depth * 1.5}rem` }}>
                  <button
                    type="button"
                    className="theme-row"
                    aria-current={theme.id === selectedId ? 'true' : undefined}
                    onClick={() => setSelectedId(theme.id)}
                  >
                    <span
                      className="swatch swatch-large"
                      style={{ backgroundColor: theme.colour }}
                      aria-hidden="true"
                    />
                    <span className={depth === 0 ? 'theme-name theme-name-top' : 'theme-name'}>
                      {theme.name}
                    </span>
                    <span className="theme-counts">
                      {t('codebook.counts', { codings: count.codings, sources: count.sources })}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          <aside
            className="side-panel"
            aria-label={selected?.theme.name ?? t('codebook.treeLabel')}
          >
            {selected ? (
              <ThemeDetail
                row={selected}
                counts={counts.get(selected.theme.id)}
                onEdit={() => setEditing({ mode: 'edit', theme: selected.theme })}
                onDelete={() => setDeleting(selected.theme)}
              />
            ) : (
              <p className="hint panel-hint">{t('codebook.selectHint')}</p>
            )}
          </aside>
        </div>
      )}
      {editing && (
        <ThemeDialog
          theme={editing.mode === 'edit' ? editing.theme : null}
          parentId={editing.mode === 'add' ? (selected?.theme.id ?? null) : null}
          onClose={() => setEditing(null)}
          onSaved={(id) => setSelectedId(id)}
        />
      )}
      {deleting && <DeleteThemeDialog theme={deleting} onClose={() => setDeleting(null)} />}
    </section>
  );
}
