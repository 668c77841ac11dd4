/** Body rows from which the matrix draws only those near the view: below it, every row. */
export const WINDOW_FROM = 40;
/** Rows drawn beyond each edge of the view, so a short scroll never shows a gap. */
export const ROW_OVERSCAN = 5;
/** A matrix row's height before one is measured (a cell's min-height, 3.6rem, and borders). */
export const ESTIMATED_ROW_PX = 60;

/** The body rows drawn: from `first` up to, not including, `end`. */
export interface RowWindow {
  first: number;
  end: number;
}

/** Where the view stands in the scrolling box, and how tall a row and the sticky head are. */
export interface ViewMetrics {
  scrollTop: number;
  viewHeight: number;
  headHeight: number;
  rowHeight: number;
}

const clamp = (value: number, rows: number) => Math.max(0, Math.min(rows, value));

/** The rows a view shows, and `ROW_OVERSCAN` more each side. */
export function rowWindow(view: ViewMetrics, rows: number, overscan = ROW_OVERSCAN): RowWindow {
  const height = Math.max(1, view.rowHeight);
  const top = Math.floor((view.scrollTop - view.headHeight) / height);
  const bottom = Math.ceil((view.scrollTop + view.viewHeight - view.headHeight) / height);
  return { first: clamp(top - overscan, rows), end: clamp(bottom + overscan, rows) };
}

/**
 * The window to draw after a scroll or resize: the one drawn while it still holds every row in
 * view (no redraw for a few pixels), else a new one around the view.
 */
export function nextRowWindow(drawn: RowWindow, view: ViewMetrics, rows: number): RowWindow {
  const seen = rowWindow(view, rows, 0);
  const holds = drawn.first <= seen.first && drawn.end >= seen.end && drawn.end > drawn.first;
  return holds ? drawn : rowWindow(view, rows);
}

/** Where to scroll so `row` stands in the middle of the view (the keyboard went there). */
export function scrollTopFor(row: number, view: Omit<ViewMetrics, 'scrollTop'>): number {
  return Math.max(0, view.headHeight + (row + 0.5) * view.rowHeight - view.viewHeight / 2);
}
