import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import {
  ESTIMATED_ROW_PX,
  nextRowWindow,
  rowWindow,
  scrollTopFor,
  WINDOW_FROM,
  type RowWindow,
  type ViewMetrics,
} from './row-window';

/** Where the scrolling box stands, and how tall the table's sticky head and a drawn row are. */
function metricsOf(box: HTMLElement, table: HTMLTableElement | null): ViewMetrics {
  const row = table?.querySelector<HTMLElement>('tbody tr[aria-rowindex]');
  return {
    scrollTop: box.scrollTop,
    viewHeight: box.clientHeight,
    headHeight: table?.tHead?.offsetHeight ?? 0,
    rowHeight: row?.offsetHeight || ESTIMATED_ROW_PX,
  };
}

/**
 * The matrix rows to draw: with many themes only those near the view of the scrolling box
 * (a 60-theme matrix drew thousands of cells, most never seen), all of them for a smaller one
 * and while printing. `reveal` brings a row into the drawn window and the view (keyboard moves).
 */
export function useRowWindow(
  scroller: RefObject<HTMLElement | null>,
  table: RefObject<HTMLTableElement | null>,
  rows: number,
): { window: RowWindow; rowHeight: number; reveal: (row: number) => void } {
  const windowed = rows > WINDOW_FROM;
  // No rows at first: the box's first resize notice, before the first paint, measures the view
  // and draws what it shows (a guess drawn first would be drawn twice).
  const [state, setState] = useState({ first: 0, end: 0, rowHeight: ESTIMATED_ROW_PX });
  const [printing, setPrinting] = useState(false);

  useLayoutEffect(() => {
    const box = scroller.current;
    if (!windowed || !box) return;
    let frame = 0;
    const measure = () => {
      const view = metricsOf(box, table.current);
      setState((prev) => {
        const next = nextRowWindow(prev, view, rows);
        // The height of a drawn row, once one is drawn, sizes the spacers from then on.
        const rowHeight = prev.end > prev.first ? view.rowHeight : prev.rowHeight;
        return next === prev && rowHeight === prev.rowHeight ? prev : { ...next, rowHeight };
      });
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    // Committed at once, so the frame this notice comes in paints the rows.
    const resize = new ResizeObserver(() => flushSync(measure));
    resize.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      box.removeEventListener('scroll', onScroll);
      resize.disconnect();
    };
  }, [windowed, rows, scroller, table]);

  // A printed matrix has every row.
  useEffect(() => {
    if (!windowed) return;
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [windowed]);

  const reveal = (row: number) => {
    const box = scroller.current;
    if (!windowed || !box || (row >= state.first && row < state.end)) return;
    const view = metricsOf(box, table.current);
    box.scrollTo({ top: scrollTopFor(row, view) });
    setState({
      ...rowWindow({ ...view, scrollTop: box.scrollTop }, rows),
      rowHeight: view.rowHeight,
    });
  };

  const all = !windowed || printing;
  return {
    window: all ? { first: 0, end: rows } : { first: state.first, end: Math.min(state.end, rows) },
    rowHeight: state.rowHeight,
    reveal,
  };
}
