import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coOccurrence, coOccurrencePlaces } from '../../../../shared/analysis/co-occurrence';
import type { Coding } from '../../../../shared/model/entities';

const coding = (id: string, sourceId: string, start: number, end: number, themeIds: string[]) =>
  ({
    id,
    sourceId,
    start,
    end,
    snippet: 'x',
    themeIds,
    valence: 'neutral',
    memo: '',
    coderId: '00000000-0000-4000-8000-00000000c0de',
    created: '2026-01-01T00:00:00.000Z',
  }) satisfies Coding;

const codings = [
  coding('1', 's', 0, 10, ['A', 'B']),
  coding('2', 's', 5, 15, ['C']),
  coding('3', 's', 20, 30, ['A']),
  coding('4', 's', 40, 50, ['C']),
  coding('5', 't', 0, 5, ['B']),
  coding('6', 't', 3, 9, ['A']),
];

test('the places where two themes meet are the meetings co-occurrence counts, overlapping ones joined', () => {
  // Overlap: A and C meet where 1 and 2 overlap (0–15) and nowhere else.
  assert.deepEqual(coOccurrencePlaces(codings, 'A', 'C'), [
    { sourceId: 's', start: 0, end: 15, codingIds: ['1', '2'] },
  ]);
  // A and B: on coding 1 itself, and where 5 and 6 overlap in the other source.
  assert.deepEqual(coOccurrencePlaces(codings, 'B', 'A'), [
    { sourceId: 's', start: 0, end: 10, codingIds: ['1'] },
    { sourceId: 't', start: 0, end: 9, codingIds: ['5', '6'] },
  ]);
  assert.deepEqual(coOccurrencePlaces(codings, 'B', 'C'), [
    { sourceId: 's', start: 0, end: 15, codingIds: ['1', '2'] },
  ]);
  assert.deepEqual(coOccurrencePlaces(codings, 'A', 'Z'), []);

  // One paragraph (0–35 in s): every A–C meeting there joins into one place; coding 4 is in
  // the next paragraph.
  const paragraph = (k: Coding) => (k.sourceId === 's' && k.start >= 35 ? 1 : 0);
  assert.deepEqual(coOccurrencePlaces(codings, 'A', 'C', paragraph), [
    { sourceId: 's', start: 0, end: 30, codingIds: ['1', '2', '3'] },
  ]);
  const counted = coOccurrence(codings, paragraph).find((p) => p.a === 'A' && p.b === 'C');
  assert.equal(counted?.count, 2, 'two meetings, in one place');
});
