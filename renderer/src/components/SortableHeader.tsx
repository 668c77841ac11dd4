interface SortableHeaderProps {
  label: string;
  /** How the table is sorted by this column now, or null when it is not. */
  direction: 'ascending' | 'descending' | null;
  onSort: () => void;
  className?: string;
}

/**
 * A column header that sorts: a button inside the <th>, which carries aria-sort so screen
 * readers say how the table is ordered. The arrow is only a picture of that.
 */
export function SortableHeader({ label, direction, onSort, className }: SortableHeaderProps) {
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <th scope="col" className={className} aria-sort={direction ?? undefined}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span className={direction ? 'sort-arrow is-sorted' : 'sort-arrow'} aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}
