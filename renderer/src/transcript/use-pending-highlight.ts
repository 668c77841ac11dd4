import { useEffect, type RefObject } from 'react';
import { rangeOfOffsets } from './selection-offsets';
import type { TextRange } from './use-transcript-selection';

const NAME = 'fynd-pending';

/**
 * Keeps the text about to be coded visibly marked while focus is in the coding panel (where
 * the browser's own selection moves away). Uses the CSS Custom Highlight API, which paints
 * without touching the DOM, so the transcript's spans and any live selection stay intact.
 */
export function usePendingHighlight(
  containerRef: RefObject<HTMLElement | null>,
  pending: TextRange | null,
): void {
  useEffect(() => {
    const container = containerRef.current;
    if (typeof CSS === 'undefined' || !('highlights' in CSS) || !container) return;
    if (!pending) {
      CSS.highlights.delete(NAME);
      return;
    }
    const range = rangeOfOffsets(container, pending.start, pending.end);
    if (range) CSS.highlights.set(NAME, new Highlight(range));
    return () => {
      CSS.highlights.delete(NAME);
    };
  }, [containerRef, pending]);
}
