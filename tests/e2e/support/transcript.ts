import type { Page } from '@playwright/test';

/**
 * Selects a piece of the transcript as a user's drag would: a DOM Range over the rendered text
 * spans (which may split the text at highlight boundaries), then a selectionchange. Given
 * `caretAt`, places a caret that many characters into the piece instead, as a click would.
 */
export async function selectInTranscript(
  page: Page,
  text: string,
  caretAt?: number,
): Promise<void> {
  await page.getByTestId('transcript').evaluate(
    (root, [wanted, caret]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement?.closest('[data-offset]')
            ? NodeFilter.FILTER_ACCEPT
            : NodeFilter.FILTER_REJECT,
      });
      const nodes: Text[] = [];
      let all = '';
      const starts: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        starts.push(all.length);
        nodes.push(node as Text);
        all += node.textContent ?? '';
      }
      const at = all.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in the transcript`);
      const locate = (offset: number): [Text, number] => {
        let i = starts.length - 1;
        while (i > 0 && (starts[i] ?? 0) > offset) i--;
        return [nodes[i] as Text, offset - (starts[i] ?? 0)];
      };
      const range = document.createRange();
      range.setStart(...locate(at + (caret ?? 0)));
      range.setEnd(...locate(caret === undefined ? at + wanted.length : at + caret));
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [text, caretAt] as const,
  );
}

/**
 * Selects UTF-16 [start, end) of the transcript's stored text as a drag would, whichever drawn
 * spans (and chunks) the ends fall in: each span holds the text from its `data-offset` on.
 */
export async function selectOffsets(page: Page, start: number, end: number): Promise<void> {
  await page.getByTestId('transcript').evaluate(
    (root, [from, to]) => {
      const spans = [...root.querySelectorAll<HTMLElement>('.turn-text [data-offset]')];
      const locate = (offset: number): [Node, number] => {
        const span = spans.findLast((s) => Number(s.dataset.offset) <= offset);
        const node = span?.firstChild;
        if (!span || !node) throw new Error(`Offset ${offset} is not drawn`);
        return [node, offset - Number(span.dataset.offset)];
      };
      const range = document.createRange();
      range.setStart(...locate(from));
      range.setEnd(...locate(to));
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [start, end] as const,
  );
}
