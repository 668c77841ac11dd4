import { useEffect, type RefObject } from 'react';

type Move = [direction: 'forward' | 'backward', granularity: string];

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
 * Ctrl (Alt on macOS) moves by words and paragraphs. Selection.modify does the text work; the
 * browser paints no caret outside editable text, so a thin caret element shows where it is.
 */
export function useKeyboardSelection(
  containerRef: RefObject<HTMLElement | null>,
  caretRef: RefObject<HTMLElement | null>,
  /** Changes when the transcript (re)appears, so the listeners attach to it. */
  textKey: string | null,
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
      const first = container.querySelector('[data-offset]')?.firstChild;
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
      selection.modify(event.shiftKey ? 'extend' : 'move', move[0], move[1]);
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
  }, [containerRef, caretRef, textKey]);
}
