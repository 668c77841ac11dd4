import { Fragment, useState, type ReactNode } from 'react';
import { AddTextDialog } from './AddTextDialog';
import { EmptyState } from './EmptyState';
import { ReorderableList } from './ReorderableList';

interface Ordered {
  id: string;
  order: number;
}

/** The dialog that starts a new item from its one required text. */
interface AddItem {
  title: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  /** Creates the item; resolves with its id, or null when it failed (the banner says why). */
  onSubmit: (text: string) => Promise<string | null>;
}

interface OrderedListTabProps<T extends Ordered> {
  /** Names the list, and the editor's place while none is open. */
  heading: string;
  addLabel: string;
  add: AddItem;
  /** Said above the list, also while it is empty. */
  intro?: string;
  /** Said above the list once it has items. */
  listHint?: string;
  empty: string;
  /** Items already in their order. */
  items: readonly T[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Saves a new `order` for one item. */
  onMove: (id: string, order: number) => void;
  /** What an item is called in the move buttons' names. */
  nameOf: (item: T, index: number) => string;
  /** What an item shows in the list. */
  children: (item: T, index: number) => ReactNode;
  /** The open item's editor and its accessible name; `close` deselects it. */
  editorTitle: (number: number) => string;
  editor: (item: T, number: number, close: () => void) => ReactNode;
  /** Shown in the editor's place while none is open. */
  selectHint: string;
}

/**
 * A tab of the findings view (findings, recommendations, questions): the numbered, reorderable list with
 * its add button beside the open item's editor. A new item opens once added.
 */
export function OrderedListTab<T extends Ordered>(props: OrderedListTabProps<T>) {
  const { items, onSelect } = props;
  const [adding, setAdding] = useState(false);
  const index = items.findIndex((item) => item.id === props.selectedId);
  const selected = items[index];
  const close = () => onSelect(null);
  return (
    <div className="master-detail">
      <div className="master">
        <div className="panel-row master-head">
          <h2 className="section-heading">{props.heading}</h2>
          <button
            type="button"
            className="button button-primary button-small"
            onClick={() => setAdding(true)}
          >
            {props.addLabel}
          </button>
        </div>
        {props.intro && <p className="hint master-hint">{props.intro}</p>}
        {items.length === 0 ? (
          <EmptyState>{props.empty}</EmptyState>
        ) : (
          <>
            {props.listHint && <p className="hint master-hint">{props.listHint}</p>}
            <ReorderableList
              label={props.heading}
              items={items}
              selectedId={selected?.id ?? null}
              onSelect={onSelect}
              onMove={props.onMove}
              nameOf={props.nameOf}
            >
              {props.children}
            </ReorderableList>
          </>
        )}
      </div>
      <section
        className="detail"
        aria-label={selected ? props.editorTitle(index + 1) : props.heading}
      >
        {selected ? (
          // Keyed: another item gets a fresh editor; the last one's typed text is saved as it goes.
          <Fragment key={selected.id}>{props.editor(selected, index + 1, close)}</Fragment>
        ) : (
          items.length > 0 && <p className="muted detail-hint">{props.selectHint}</p>
        )}
      </section>
      {adding && (
        <AddTextDialog
          {...props.add}
          submitLabel={props.addLabel}
          onAdded={onSelect}
          onClose={() => setAdding(false)}
        />
      )}
    </div>
  );
}
