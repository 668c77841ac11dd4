import { useState, type CSSProperties, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/model/entities';
import { Swatch } from '../components/Swatch';
import {
  dropMove,
  dropPositionAt,
  keyboardMove,
  type DropPosition,
  type MoveKey,
  type ThemeMove,
} from './theme-moves';
import { isCodable, type ThemeRow } from '../../../shared/model/theme-tree';
import type { ThemeCounts } from '../../../shared/analysis/theme-counts';
import { NO_COUNTS } from './use-theme-counts';

const DRAG_TYPE = 'application/x-fynd-theme';

const moveKeys: Record<string, MoveKey> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowRight: 'indent',
  ArrowLeft: 'outdent',
};

interface ThemeTreeProps {
  rows: readonly ThemeRow[];
  themes: readonly Theme[];
  /** Per theme id; null until main first answers (the counts then hold their place). */
  counts: ReadonlyMap<string, ThemeCounts> | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onMove: (move: ThemeMove) => void;
  hintId: string;
}

/**
 * The codebook tree. A theme moves by dragging it before, after or onto another theme, or from
 * the keyboard with Alt + arrows on its row (↑↓ reorder, → under the theme above, ← one level
 * out). Arrow keys alone move focus between rows.
 */
export function ThemeTree({
  rows,
  themes,
  counts,
  selectedId,
  onSelect,
  onMove,
  hintId,
}: ThemeTreeProps) {
  const { t } = useTranslation();
  const [dragged, setDragged] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ id: string; position: DropPosition } | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, id: string, index: number) => {
    const key = moveKeys[event.key];
    if (!key || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    if (event.altKey) {
      const move = keyboardMove(themes, id, key);
      if (move) onMove(move);
      return;
    }
    // Without Alt, ↑ and ↓ walk the rows (a roving focus through the tree).
    const step = key === 'up' ? -1 : key === 'down' ? 1 : 0;
    const next = rows[index + step];
    if (step && next) {
      document
        .querySelector<HTMLElement>(`[data-theme-row="${CSS.escape(next.theme.id)}"]`)
        ?.focus();
    }
  };

  const onDragOver = (event: DragEvent<HTMLElement>, id: string) => {
    if (!dragged || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
    const box = event.currentTarget.getBoundingClientRect();
    const position = dropPositionAt(event.clientY - box.top, box.height);
    if (!dropMove(themes, dragged, id, position)) {
      setDrop(null);
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (drop?.id !== id || drop.position !== position) setDrop({ id, position });
  };

  const onDrop = (event: DragEvent<HTMLElement>, id: string) => {
    event.preventDefault();
    const position = drop?.id === id ? drop.position : null;
    const move = dragged && position ? dropMove(themes, dragged, id, position) : null;
    setDrop(null);
    setDragged(null);
    if (move) onMove(move);
  };

  return (
    <ul className="theme-tree" aria-label={t('codebook.treeLabel')} aria-describedby={hintId}>
      {rows.map(({ theme, depth, hasChildren }, index) => {
        const count = counts ? (counts.get(theme.id) ?? NO_COUNTS) : null;
        const dropClass = drop?.id === theme.id ? ` drop-${drop.position}` : '';
        // The drop line starts where the dragged theme would sit: one level in below a parent.
        const parent = rows[index + 1]?.depth === depth + 1;
        const indent = depth + (parent && drop?.position === 'after' ? 1 : 0);
        return (
          <li
            key={theme.id}
            className={`theme-item${dragged === theme.id ? ' is-dragged' : ''}${dropClass}`}
            style={
              {
                paddingInlineStart: `${depth * 1.5}rem`,
                '--drop-indent': `${indent * 1.5}rem`,
              } as CSSProperties
            }
            onDragOver={(event) => onDragOver(event, theme.id)}
            onDragLeave={() => setDrop((d) => (d?.id === theme.id ? null : d))}
            onDrop={(event) => onDrop(event, theme.id)}
          >
            <button
              type="button"
              className="theme-row"
              data-theme-row={theme.id}
              aria-current={theme.id === selectedId ? 'true' : undefined}
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight"
              draggable
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAG_TYPE, theme.id);
                event.dataTransfer.effectAllowed = 'move';
                setDragged(theme.id);
              }}
              onDragEnd={() => {
                setDragged(null);
                setDrop(null);
              }}
              onClick={() => onSelect(theme.id)}
              onKeyDown={(event) => onKeyDown(event, theme.id, index)}
            >
              <span className="drag-handle" aria-hidden="true">
                ⠿
              </span>
              <Swatch colour={theme.colour} large />
              <span
                className={`theme-name${depth === 0 ? ' theme-name-top' : ''}${isCodable(theme) ? '' : ' grouping-name'}`}
              >
                {theme.name}
              </span>
              {!isCodable(theme) && (
                <span className="grouping-label">{t('groupingTheme.label')}</span>
              )}
              <span className="theme-counts">
                {count
                  ? t(hasChildren ? 'themeCounts.withSub' : 'codebookTree.counts', {
                      codings: count.codings,
                      sources: count.sources,
                      cases: count.cases,
                    })
                  : '\u00a0'}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
