import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextUnits } from '../../../../shared/analysis/text-units';
import {
  clampSelection,
  grownSelection,
  selectionAsUnit,
} from '../../../../renderer/src/transcript/selection-units';

// UTF-16 ranges in, UTF-16 ranges out: the emoji before the words must not shift them.
const text = 'I: Hej 🙂 där.\nR1: Vi fick stöd. Det hjälpte 👩‍👩‍👧 mycket!';
const units = new TextUnits(text);
const range = (phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
};
const read = (r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

test('a selection loses the label and white space at its edges, in UTF-16', () => {
  assert.equal(read(clampSelection(units, range('R1: Vi fick'))), 'Vi fick');
  assert.equal(read(clampSelection(units, range(' där.\nR1: '))), 'där.');
  assert.equal(clampSelection(units, range('R1: ')), null);
});

test('a selection grows by units past emoji, and a unit it already covers adds nothing', () => {
  assert.equal(
    read(selectionAsUnit(units, range('hjälpte'), 'sentence')),
    'Det hjälpte 👩‍👩‍👧 mycket!',
  );
  assert.equal(read(selectionAsUnit(units, range('där'), 'turn')), 'Hej 🙂 där.');
  assert.equal(selectionAsUnit(units, range('Hej 🙂 där.'), 'paragraph'), null);
  const grown = grownSelection(units, range('stöd'));
  assert.deepEqual(grown && [grown.unit, read(grown.range)], ['sentence', 'Vi fick stöd.']);
});
