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
