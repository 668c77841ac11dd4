import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  linesHeight,
  MAX_ROW_HEIGHT,
  rowHeight,
  wrappedLines,
} from '../../../main/services/excel/row-height';

const SENTENCE =
  'Det hänger för mycket på enskilda personer. Om jag är borta en vecka så står det still.';

test('a text that fits its column takes one line, at Excel’s default height', () => {
  assert.equal(wrappedLines('Härnösand', { width: 18 }), 1);
  assert.equal(wrappedLines('', { width: 18 }), 1);
  assert.equal(rowHeight([{ text: 'Härnösand', box: { width: 18 } }]), 15);
});

test('each typed line break starts a line, blank lines included', () => {
  const actions = '1. Utse en ansvarig chef\n2. Boka ett möte\n\n3. Följ upp i juni';
  assert.equal(wrappedLines(actions, { width: 36 }), 4);
  assert.equal(rowHeight([{ text: actions, box: { width: 36 } }]), 60);
});

test('a long text wraps between words: more lines in a narrower column', () => {
  // 86 characters of Swedish prose: about 1.25 characters per unit of column width.
  assert.equal(wrappedLines(SENTENCE, { width: 80 }), 1);
  assert.equal(wrappedLines(SENTENCE, { width: 40 }), 2);
  assert.equal(wrappedLines(SENTENCE, { width: 20 }), 4);
  // A word is never split when it fits a line of its own.
  assert.equal(wrappedLines('kompetensförsörjning kompetensförsörjning', { width: 20 }), 2);
});

test('wide letters take more room than narrow ones', () => {
  // 20 units of width hold 36 narrow letters, but not 12 wide ones.
  assert.equal(wrappedLines('i'.repeat(36), { width: 20 }), 1);
  assert.equal(wrappedLines('W'.repeat(36), { width: 20 }), 4);
  // A word longer than the line breaks where the line ends (11 m's fit in 20 units).
  assert.equal(wrappedLines('m'.repeat(33), { width: 20 }), 3);
  assert.equal(wrappedLines('kompetensförsörjning', { width: 14 }), 2);
  // Emoji and CJK take a full em each.
  assert.ok(wrappedLines('😀'.repeat(20), { width: 20 }) >= 2);
});

test('bold and larger type need more room and taller lines', () => {
  const text = 'Rekommendationer och uppföljning per kommun';
  assert.ok(wrappedLines(text, { width: 30, bold: true }) >= wrappedLines(text, { width: 30 }));
  assert.ok(wrappedLines(text, { width: 30, fontSize: 16 }) > wrappedLines(text, { width: 30 }));
  assert.ok(linesHeight(1, 16) > linesHeight(1, 11));
});

test('the tallest cell decides, and no row is taller than Excel allows', () => {
  assert.equal(
    rowHeight([
      { text: 'kort', box: { width: 10 } },
      { text: 'a\nb\nc', box: { width: 10 } },
    ]),
    45,
  );
  const book = `${SENTENCE}\n`.repeat(200);
  assert.equal(rowHeight([{ text: book, box: { width: 70 } }]), MAX_ROW_HEIGHT);
});
