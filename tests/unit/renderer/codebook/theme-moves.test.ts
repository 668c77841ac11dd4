import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Theme } from '../../../../shared/model/entities';
import {
  changesPlace,
  dropMove,
  dropPositionAt,
  keyboardMove,
  placeOf,
} from '../../../../renderer/src/codebook/theme-moves';
import { mergeImpact } from '../../../../shared/analysis/merge-impact';
import { childThemes } from '../../../../shared/model/theme-tree';

function theme(id: string, parentId: string | null, order: number): Theme {
  return {
    id,
    parentId,
    name: id.toUpperCase(),
    colour: '#4e79a7',
    definition: '',
    inclusion: '',
    exclusion: '',
    example: '',
    order,
  };
}

// a(b, c(d)), e
const themes = [
  theme('a', null, 0),
  theme('b', 'a', 0),
  theme('c', 'a', 1),
  theme('d', 'c', 0),
  theme('e', null, 1),
];

test('Alt+↑/↓ reorder among siblings and stop at the ends', () => {
  assert.deepEqual(keyboardMove(themes, 'c', 'up'), { id: 'c', parentId: 'a', index: 0 });
  assert.equal(keyboardMove(themes, 'b', 'up'), null);
  assert.deepEqual(keyboardMove(themes, 'a', 'down'), { id: 'a', parentId: null, index: 1 });
  assert.equal(keyboardMove(themes, 'e', 'down'), null);
});

test('Alt+→ puts a theme last under the sibling above; Alt+← right after its parent', () => {
  assert.deepEqual(keyboardMove(themes, 'c', 'indent'), { id: 'c', parentId: 'b', index: 0 });
  assert.deepEqual(keyboardMove(themes, 'e', 'indent'), { id: 'e', parentId: 'a', index: 2 });
  assert.equal(keyboardMove(themes, 'b', 'indent'), null);
  assert.deepEqual(keyboardMove(themes, 'd', 'outdent'), { id: 'd', parentId: 'a', index: 2 });
  assert.deepEqual(keyboardMove(themes, 'b', 'outdent'), { id: 'b', parentId: null, index: 1 });
  assert.equal(keyboardMove(themes, 'a', 'outdent'), null);
});

test('dropping before, after or onto a theme; never into its own subtree; no-ops are null', () => {
  assert.deepEqual(dropMove(themes, 'e', 'b', 'before'), { id: 'e', parentId: 'a', index: 0 });
  assert.deepEqual(dropMove(themes, 'e', 'b', 'after'), { id: 'e', parentId: 'a', index: 1 });
  assert.deepEqual(dropMove(themes, 'b', 'd', 'inside'), { id: 'b', parentId: 'd', index: 0 });
  assert.deepEqual(dropMove(themes, 'b', 'c', 'after'), { id: 'b', parentId: 'c', index: 0 });
  assert.deepEqual(dropMove(themes, 'e', 'd', 'after'), { id: 'e', parentId: 'c', index: 1 });
  // Just below a theme with sub-themes: its first sub-theme.
  assert.deepEqual(dropMove(themes, 'e', 'a', 'after'), { id: 'e', parentId: 'a', index: 0 });
  assert.equal(dropMove(themes, 'a', 'd', 'inside'), null);
  assert.equal(dropMove(themes, 'c', 'c', 'before'), null);
  assert.equal(dropMove(themes, 'b', 'c', 'before'), null);
  assert.equal(dropMove(themes, 'd', 'c', 'inside'), null);
});

test('a move to where the theme already is changes nothing', () => {
  assert.equal(changesPlace(themes, { id: 'c', parentId: 'a', index: 1 }), false);
  assert.equal(changesPlace(themes, { id: 'c', parentId: 'a', index: 0 }), true);
  assert.equal(changesPlace(themes, { id: 'c', parentId: null, index: 1 }), true);
});

test('drop zones: top and bottom quarters are before and after, the middle is inside', () => {
  assert.equal(dropPositionAt(2, 40), 'before');
  assert.equal(dropPositionAt(20, 40), 'inside');
  assert.equal(dropPositionAt(38, 40), 'after');
});

test('where a theme sits, for the announcement; children in tree order', () => {
  assert.deepEqual(placeOf(themes, 'c'), { position: 2, count: 2, parent: themes[0] });
  assert.deepEqual(placeOf(themes, 'e'), { position: 2, count: 2, parent: null });
  assert.deepEqual(
    childThemes(themes, 'a').map((t) => t.id),
    ['b', 'c'],
  );
});

test('merge impact counts the codings that move and those that already had the target', () => {
  const coding = (id: string, themeIds: string[]) => ({
    id,
    sourceId: 's',
    start: 0,
    end: 1,
    snippet: 'x',
    themeIds,
    valence: 'neutral' as const,
    memo: '',
    coderId: '00000000-0000-4000-8000-00000000c0de',
    created: '2024-01-01T00:00:00.000Z',
  });
  const codings = [
    coding('1', ['c']),
    coding('2', ['c', 'e']),
    coding('3', ['e']),
    coding('4', ['b']),
  ];
  assert.deepEqual(mergeImpact(themes, codings, 'c', 'e'), {
    codings: 2,
    alreadyBoth: 1,
    children: 1,
    clash: null,
  });
  assert.deepEqual(mergeImpact(themes, codings, 'c', 'd'), {
    codings: 2,
    alreadyBoth: 0,
    children: 0,
    clash: null,
  });
});

test('a merge that would put two sub-themes of one name side by side names the clash', () => {
  // e gets its own "d": merging c (which holds D) into e would seat two D under e.
  const withTwin = [...themes, { ...theme('d2', 'e', 0), name: ' d ' }];
  assert.equal(mergeImpact(withTwin, [], 'c', 'e').clash, 'D');
  assert.equal(mergeImpact(withTwin, [], 'c', 'b').clash, null);
});
