import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { orderAfterMove } from '../findings/reorder';

interface Ordered {
  id: string;
  order: number;
}

interface ReorderableListProps<T extends Ordered> {
  /** Accessible name of the list. */
  label: string;
  /** Items already in their order. */
  items: readonly T[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Saves a new `order` for one item. */
  onMove: (id: string, order: number) => void;
  /** What an item is called in the move buttons' names, e.g. "rekommendation 2". */
  nameOf: (item: T, index: number) => string;
  children: (item: T, index: number) => ReactNode;
}

/**
 * A numbered master list: each item opens its editor, and moves up or down with its arrow
 * buttons or with Alt+↑/↓ while it has focus (focus follows the moved item).
 */
export function ReorderableList<T extends Ordered>(props: ReorderableListProps<T>) {
  const { t } = useTranslation();
  const { items, selectedId } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const orders = items.map((item) => item.order);

  const move = (index: number, delta: -1 | 1, refocus: 'item' | 'button') => {
    const item = items[index];
    const order = orderAfterMove(orders, index, delta);
    if (!item || order === null) return;
    pendingFocus.current =
      refocus === 'item' ? `[data-item="${item.id}"]` : `[data-move="${item.id}:${delta}"]`;
    props.onMove(item.id, order);
  };
  // Once the moved item is re-rendered in its new place, the focus goes with it (a disabled
  // arrow at the list's end hands the focus to the item itself).
  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector) return;
    const element = listRef.current?.querySelector<HTMLButtonElement>(selector);
    if (!element) return;
    pendingFocus.current = null;
    if (element.disabled) element.closest('li')?.querySelector<HTMLElement>('[data-item]')?.focus();
    else element.focus();
  }, [items]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? -1 : 1, 'item');
  };

  return (
    <ol className="master-list" aria-label={props.label} ref={listRef}>
      {items.map((item, index) => (
        <li
          key={item.id}
          className={item.id === selectedId ? 'master-item is-selected' : 'master-item'}
        >
          <span className="master-number" aria-hidden="true">
            {index + 1}
          </span>
          <button
            type="button"
            className="master-open"
            data-item={item.id}
            aria-current={item.id === selectedId ? 'true' : undefined}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            onClick={() => props.onSelect(item.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {props.children(item, index)}
          </button>
          <span className="master-moves">
            <button
              type="button"
              className="move-button"
              data-move={`${item.id}:-1`}
              disabled={index === 0}
              aria-label={t('conclusionsCommon.moveUp', { name: props.nameOf(item, index) })}
              title={t('conclusionsCommon.moveUpShort')}
              onClick={() => move(index, -1, 'button')}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="move-button"
              data-move={`${item.id}:1`}
              disabled={index === items.length - 1}
              aria-label={t('conclusionsCommon.moveDown', { name: props.nameOf(item, index) })}
              title={t('conclusionsCommon.moveDownShort')}
              onClick={() => move(index, 1, 'button')}
            >
              <span aria-hidden="true">↓</span>
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
