import type { Page } from '@playwright/test';

/**
 * Selects a piece of the transcript as a user's drag would: a DOM Range over the rendered text
 * spans (which may split the text at highlight boundaries), then a selectionchange.
 */
export async function selectInTranscript(page: Page, text: string): Promise<void> {
  await page.getByTestId('transcript').evaluate((root, wanted) => {
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
    range.setStart(...locate(at));
    range.setEnd(...locate(at + wanted.length));
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, text);
}
