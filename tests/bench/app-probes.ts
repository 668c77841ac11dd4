/**
 * What the app bench runs inside the page: a first-view probe installed before the app's own
 * scripts, and a timer armed before a user action that stops once what the action should draw is
 * in the DOM and the next frame has been painted. Plain strings of JavaScript, since they run in
 * the browser, not under Node.
 */

/**
 * Records `window.__firstViewMs` (ms since navigation start) when the sources list first shows a
 * row, and defines `window.__arm(event, selector, min, max)`: from the next `event` (captured on
 * the window) until an element matching `selector` (with `data-offset` in [min, max] if given) is
 * in the page and a frame has been painted; `window.__armed` resolves to that duration in ms.
 */
export const pageProbes = `
(() => {
  const afterPaint = () =>
    new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const present = (selector, min, max) => {
    if (min === undefined || min === null) return document.querySelector(selector) !== null;
    for (const element of document.querySelectorAll(selector)) {
      const offset = Number(element.dataset.offset);
      if (offset >= min && offset <= max) return true;
    }
    return false;
  };
  const firstRow = '.sources-view table tbody tr';
  const watchFirstView = new MutationObserver(() => {
    if (window.__firstViewMs === undefined && document.querySelector(firstRow)) {
      watchFirstView.disconnect();
      afterPaint().then(() => { window.__firstViewMs = performance.now(); });
    }
  });
  watchFirstView.observe(document, { subtree: true, childList: true });
  window.__arm = (eventType, selector, min, max) => {
    window.__armed = new Promise((resolve) => {
      let startedAt = null;
      const done = () => {
        observer.disconnect();
        afterPaint().then(() => resolve(performance.now() - startedAt));
      };
      const observer = new MutationObserver(() => {
        if (startedAt !== null && present(selector, min, max)) done();
      });
      window.addEventListener(
        eventType,
        () => {
          startedAt = performance.now();
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        },
        { capture: true, once: true },
      );
    });
  };
})();
`;

/**
 * In the page: picks a stretch of uncoded transcript text in view, not used before, and selects
 * it as a drag would. Answers its UTF-16 start (where the new highlight will begin) or null.
 */
export const selectUncodedStretch = `
(() => {
  const used = (window.__usedStarts ??= new Set());
  const column = document.querySelector('.transcript-column');
  const bottom = column ? column.getBoundingClientRect().bottom : innerHeight;
  const spans = document.querySelectorAll('[data-testid=transcript] .turn-text span[data-offset]:not(.coded)');
  for (const span of spans) {
    const text = span.textContent ?? '';
    const box = span.getBoundingClientRect();
    if (box.top > bottom) break;
    if (text.length < 80 || box.bottom < 0) continue;
    const from = text.indexOf(' ', 10) + 1;
    const to = text.indexOf(' ', from + 30);
    const start = Number(span.dataset.offset) + from;
    if (from <= 0 || to < 0 || used.has(start)) continue;
    used.add(start);
    const node = span.firstChild;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const selection = document.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return start;
  }
  return null;
})()
`;
