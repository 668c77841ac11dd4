import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moveItem, orderAfterMove } from '../../../../renderer/src/findings/reorder';
import { shorten } from '../../../../renderer/src/findings/finding-text';

test('moving an item gives it an order between its new neighbours', () => {
  const orders = [0, 1, 2, 3];
  assert.equal(orderAfterMove(orders, 2, -1), 0.5);
  assert.equal(orderAfterMove(orders, 1, -1), -1);
  assert.equal(orderAfterMove(orders, 2, 1), 4);
  assert.equal(orderAfterMove(orders, 0, -1), null);
  assert.equal(orderAfterMove(orders, 3, 1), null);
  assert.deepEqual(moveItem(['a', 'b', 'c'], 2, -1), ['a', 'c', 'b']);
  assert.deepEqual(moveItem(['a', 'b', 'c'], 0, -1), ['a', 'b', 'c']);
});

test('long statements are cut at a word', () => {
  assert.equal(shorten('kort', 10), 'kort');
  assert.equal(shorten('Ingen aktör äger frågan om kompetensförsörjning', 20), 'Ingen aktör äger…');
});
