/**
 * Maps between DOM positions in a rendered transcript and UTF-16 offsets in its full text.
 * Every text span carries `data-offset` (its start) and holds exactly the text from there, so a
 * position inside a span's text node is that start plus the node offset.
 */

const SPAN = '[data-offset]';

function spanStart(span: Element): number {
  return Number((span as HTMLElement).dataset.offset ?? 0);
}

function spanEnd(span: Element): number {
  return spanStart(span) + span.textContent.length;
}

/** The UTF-16 offset of a DOM point (node + offset) inside the container. */
export function offsetOfPoint(container: Element, node: Node, offset: number): number {
  const span = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest(
    SPAN,
  );
  if (span && container.contains(span)) {
    if (node.nodeType === Node.TEXT_NODE) return spanStart(span) + offset;
    return offset === 0 ? spanStart(span) : spanEnd(span);
  }
  // A point between elements (e.g. at a block edge): the next span's start, else the last end.
  const spans = [...container.querySelectorAll(SPAN)];
  const probe = document.createRange();
  probe.setStart(node, offset);
  for (const candidate of spans) {
    if (probe.comparePoint(candidate, 0) >= 0) return spanStart(candidate);
  }
  const last = spans.at(-1);
  return last ? spanEnd(last) : 0;
}

/** The UTF-16 [start, end) of a DOM range inside the container, or null if it is empty. */
export function offsetsOfRange(
  container: Element,
  range: Range,
): { start: number; end: number } | null {
  const start = offsetOfPoint(container, range.startContainer, range.startOffset);
  const end = offsetOfPoint(container, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

/** The DOM point of a UTF-16 offset: the text node of the span that holds it. */
export function pointOfOffset(
  container: Element,
  offset: number,
): { node: Node; offset: number } | null {
  const spans = container.querySelectorAll(SPAN);
  let lo = 0;
  let hi = spans.length - 1;
  // Binary search for the last span starting at or before the offset.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const span = spans[mid];
    if (span && spanStart(span) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const span = spans[lo];
  const textNode = span?.firstChild;
  if (!span || !textNode) return null;
  const within = Math.max(0, Math.min(offset - spanStart(span), span.textContent.length));
  return { node: textNode, offset: within };
}

/** A DOM range covering UTF-16 [start, end) of the container's text. */
export function rangeOfOffsets(container: Element, start: number, end: number): Range | null {
  const from = pointOfOffset(container, start);
  const to = pointOfOffset(container, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
