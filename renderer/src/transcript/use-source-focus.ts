import { useEffect, type RefObject } from 'react';
import type { TextOffsets } from '../../../shared/model/text-offsets';
import { clearSourceFocus, type SourceFocus } from '../state/ui-store';
import { flashRange } from './flash';
import { rangeOfOffsets } from './selection-offsets';
import type { TranscriptControl } from './Transcript';

/**
 * Brings a place asked for elsewhere (a quote, a search hit) into view once the text is here:
 * draws its chunk, scrolls it to the middle and flashes it; a coding also becomes active.
 */
export function useSourceFocus(
  focus: SourceFocus | null,
  sourceId: string,
  offsets: TextOffsets | null,
  containerRef: RefObject<HTMLElement | null>,
  controlRef: RefObject<TranscriptControl | null>,
  onCoding: (codingId: string) => void,
): void {
  useEffect(() => {
    const container = containerRef.current;
    if (!focus || focus.sourceId !== sourceId || !offsets || !container) return;
    const start = offsets.toUtf16(focus.start);
    const end = offsets.toUtf16(focus.end);
    if (focus.codingId) onCoding(focus.codingId);
    clearSourceFocus(focus.nonce);
    void (controlRef.current?.reveal(start, end) ?? Promise.resolve()).then(() => {
      const range = rangeOfOffsets(container, start, end);
      if (!range) return;
      scrollToRange(range);
      flashRange(range);
    });
  }, [focus, sourceId, offsets, containerRef, controlRef, onCoding]);
}

/** Scrolls the range's first line to the middle of its scrolling area. */
export function scrollToRange(range: Range): void {
  const anchor =
    range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement;
  anchor?.scrollIntoView({ block: 'center' });
}
