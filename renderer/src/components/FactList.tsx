import type { ReactNode } from 'react';

interface FactListProps<T> {
  /** The heading's id, naming the section. */
  id: string;
  heading: string;
  empty: string;
  items: readonly T[];
  keyOf: (item: T, index: number) => string;
  /** What an item says. */
  children: (item: T) => ReactNode;
  /** The remove button's name for an item, e.g. "Ta bort Invånare". */
  removeLabel: (item: T) => string;
  onRemove: (item: T, index: number) => void;
  addLabel: string;
  /** The add form, shown instead of the add button while `adding`. */
  form: ReactNode;
  adding: boolean;
  onAdd: () => void;
}

/** A list of facts (attributes, indicators): each with a remove button, then a way to add one. */
export function FactList<T>(props: FactListProps<T>) {
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id}>{props.heading}</h3>
      {props.items.length === 0 && <p className="hint">{props.empty}</p>}
      <ul className="plain-list item-list">
        {props.items.map((item, index) => (
          <li key={props.keyOf(item, index)}>
            <span>{props.children(item)}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={props.removeLabel(item)}
              onClick={() => props.onRemove(item, index)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {props.adding ? (
        props.form
      ) : (
        <button type="button" className="button button-small" onClick={props.onAdd}>
          {props.addLabel}
        </button>
      )}
    </section>
  );
}
