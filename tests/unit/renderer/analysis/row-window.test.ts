import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  nextRowWindow,
  ROW_OVERSCAN,
  rowWindow,
  scrollTopFor,
} from '../../../../renderer/src/analysis/row-window';

// A box 480 px tall under a 40 px sticky head, rows 60 px: eight rows in view at a time.
const view = { scrollTop: 0, viewHeight: 480, headHeight: 40, rowHeight: 60 };

test('the rows drawn are those in view and a few more each side, never past the ends', () => {
  assert.deepEqual(rowWindow(view, 60), { first: 0, end: 8 + ROW_OVERSCAN });
  const far = rowWindow({ ...view, scrollTop: 40 + 30 * 60 }, 60);
  assert.deepEqual(far, { first: 30 - ROW_OVERSCAN, end: 38 + ROW_OVERSCAN });
  assert.deepEqual(rowWindow({ ...view, scrollTop: 40 + 58 * 60 }, 60).end, 60);
});

test('a small scroll keeps the rows drawn; one that shows an undrawn row draws a new window', () => {
  const drawn = rowWindow(view, 60);
  assert.equal(nextRowWindow(drawn, { ...view, scrollTop: 100 }, 60), drawn);
  const moved = nextRowWindow(drawn, { ...view, scrollTop: 40 + 20 * 60 }, 60);
  assert.ok(moved.first <= 20 && moved.end >= 28);
  // Nothing drawn yet: the first measure draws the view.
  assert.deepEqual(nextRowWindow({ first: 0, end: 0 }, view, 60), drawn);
});

test('a row the keyboard goes to comes to the middle of the view, and then is drawn', () => {
  const top = scrollTopFor(45, view);
  const drawn = rowWindow({ ...view, scrollTop: top }, 60);
  assert.ok(drawn.first <= 45 && drawn.end > 45);
  assert.equal(scrollTopFor(0, view), 0);
});
