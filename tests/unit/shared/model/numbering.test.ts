import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byOrder, orderNumbers } from '../../../../shared/model/numbering';

const items = [
  { id: 'c', order: 7 },
  { id: 'a', order: -1 },
  { id: 'b', order: 2.5 },
];

test('items are numbered from 1 by their order, not by where they stand in the list', () => {
  assert.deepEqual(
    byOrder(items).map((i) => i.id),
    ['a', 'b', 'c'],
  );
  assert.deepEqual(
    [...orderNumbers(items)],
    [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ],
  );
});
