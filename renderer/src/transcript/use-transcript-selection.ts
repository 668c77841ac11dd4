import { useEffect, type RefObject } from 'react';
import { offsetsOfRange } from './selection-offsets';

export interface TextRange {
  /** UTF-16, end exclusive. */
  start: number;
  end: number;
}

/**
 * Follows the document selection while it lies in the transcript and reports it as offsets:
 * a range, or null when it collapses there. A selection moving elsewhere (into the coding
 * panel's fields) is not reported, so the pending selection survives filling in the panel.
 */
export function useTranscriptSelection(
  containerRef: RefObject<HTMLElement | null>,
  onChange: (range: TextRange | null) => void,
): void {
  useEffect(() => {
    const handler = () => {
      const container = containerRef.current;
      const selection = document.getSelection();
      if (!container || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const inside =
        container.contains(range.startContainer) && container.contains(range.endContainer);
      if (!inside) return;
      onChange(range.collapsed ? null : offsetsOfRange(container, range));
    };
    document.addEventListener('selectionchange', handler);
    return () => document.removeEventListener('selectionchange', handler);
  }, [containerRef, onChange]);
}
