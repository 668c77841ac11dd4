import { useEffect, type RefObject } from 'react';
import type { Direction, TextUnits } from '../../../shared/analysis/text-units';
import { offsetOfPoint, pointOfOffset } from './selection-offsets';

type Move = [direction: Direction, granularity: string];

const moves: Record<string, Move> = {
  ArrowLeft: ['backward', 'character'],
  ArrowRight: ['forward', 'character'],
  ArrowUp: ['backward', 'line'],
  ArrowDown: ['forward', 'line'],
  Home: ['backward', 'lineboundary'],
  End: ['forward', 'lineboundary'],
};

const wordMoves: Record<string, Move> = {
  ArrowLeft: ['backward', 'word'],
  ArrowRight: ['forward', 'word'],
  ArrowUp: ['backward', 'paragraph'],
  ArrowDown: ['forward', 'paragraph'],
};

/**
 * Keyboard selection in the read-only transcript: arrows move a caret, Shift+arrows select,
 * Ctrl (Alt on macOS) moves by words and paragraphs. Character and line moves are left to
 * Selection.modify; word and paragraph moves use the shared text units, so a selection starts
 * and ends on whole words and never in a speaker label (the browser's own word moves wander
 * into the label column and keep a start made mid-word). The browser paints no caret outside
 * editable text, so a thin caret element shows where it is.
 */
export function useKeyboardSelection(
  containerRef: RefObject<HTMLElement | null>,
  caretRef: RefObject<HTMLElement | null>,
  /** The transcript's text units; new when the transcript (re)appears. */
  units: TextUnits | null,
): void {
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;

    const selectionInside = (): Selection | null => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return null;
      const range = selection.getRangeAt(0);
      return container.contains(range.startContainer) && container.contains(range.endContainer)
        ? selection
        : null;
    };

    const placeCaretAtStart = () => {
      // The first spoken word, not the first label.
      const first = container.querySelector('.turn-text [data-offset]')?.firstChild;
      if (first) document.getSelection()?.collapse(first, 0);
    };

    const updateCaret = () => {
      const caret = caretRef.current;
      if (!caret) return;
      const selection = selectionInside();
      const focused = document.activeElement === container;
      if (!selection || !selection.isCollapsed || !focused) {
        caret.hidden = true;
        return;
      }
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      const box = (caret.offsetParent ?? container).getBoundingClientRect();
      if (rect.height === 0) {
        caret.hidden = true;
        return;
      }
      caret.hidden = false;
      caret.style.left = `${rect.left - box.left}px`;
      caret.style.top = `${rect.top - box.top}px`;
      caret.style.height = `${rect.height}px`;
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const table = event.ctrlKey || event.altKey ? wordMoves : moves;
      const move = table[event.key];
      if (!move || event.metaKey) return;
      let selection = selectionInside();
      if (!selection) {
        placeCaretAtStart();
        selection = selectionInside();
      }
      if (!selection) return;
      event.preventDefault();
      const [direction, granularity] = move;
      if (units && (granularity === 'word' || granularity === 'paragraph')) {
        moveByUnits(container, selection, units, direction, granularity, event.shiftKey);
      } else {
        selection.modify(event.shiftKey ? 'extend' : 'move', direction, granularity);
      }
      // Keep the moving end in view.
      selection.focusNode?.parentElement?.scrollIntoView({ block: 'nearest' });
    };

    const onFocus = () => {
      // Only keyboard focus gets a caret at the start; a click places its own.
      if (!selectionInside() && container.matches(':focus-visible')) placeCaretAtStart();
      updateCaret();
    };

    container.addEventListener('keydown', onKeyDown);
    container.addEventListener('focus', onFocus);
    container.addEventListener('blur', updateCaret);
    document.addEventListener('selectionchange', updateCaret);
    return () => {
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focus', onFocus);
      container.removeEventListener('blur', updateCaret);
      document.removeEventListener('selectionchange', updateCaret);
    };
  }, [containerRef, caretRef, units]);
}

/**
 * A word or paragraph move of the selection's moving end. Extending, the fixed end is first
 * moved out of the word it is inside (away from the move), and both ends out of any label.
 */
function moveByUnits(
  container: HTMLElement,
  selection: Selection,
  units: TextUnits,
  direction: Direction,
  granularity: 'word' | 'paragraph',
  extend: boolean,
): void {
  const { offsets } = units;
  const codePoint = (node: Node | null, offset: number) =>
    node ? offsets.toCodePoint(offsetOfPoint(container, node, offset)) : 0;
  const focus = codePoint(selection.focusNode, selection.focusOffset);
  const moved =
    granularity === 'word'
      ? units.wordEdge(focus, direction)
      : units.paragraphEdge(focus, direction);
  let anchor = moved;
  let head = moved;
  if (extend) {
    const fixed = codePoint(selection.anchorNode, selection.anchorOffset);
    const forward = moved >= fixed;
    const snapped = units.snapToWord(fixed, forward ? 'start' : 'end');
    const span = units.clamp(
      forward ? { start: snapped, end: moved } : { start: moved, end: snapped },
    );
    if (span) {
      anchor = forward ? span.start : span.end;
      head = forward ? span.end : span.start;
    } else {
      anchor = snapped;
    }
  }
  const from = pointOfOffset(container, offsets.toUtf16(anchor));
  const to = pointOfOffset(container, offsets.toUtf16(head));
  if (from && to) selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}
