import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Theme } from '../../../../shared/model/entities';
import {
  childThemes,
  compareThemes,
  themePaths,
  themeTree,
  themeWithDescendants,
} from '../../../../shared/model/theme-tree';

function theme(id: string, name: string, parentId: string | null, order: number): Theme {
  return {
    id,
    name,
    parentId,
    order,
    colour: '#336699',
    definition: '',
    inclusion: '',
    exclusion: '',
    example: '',
  };
}

// Out of order on purpose: the tree must not depend on the list's order.
const odmjukhet = theme('e', 'Ödmjukhet', null, 1);
const themes = [
  theme('c', 'Operativ samverkan', 'a', 1),
  odmjukhet,
  theme('b', 'Strategiskt ägarskap', 'a', 0),
  theme('d', 'Arbetsglädje', null, 1),
  theme('a', 'Samverkan', null, 0),
  theme('f', 'Ledning', 'b', 0),
];

test('the tree reads depth first, siblings by order, then by name as Swedish sorts it', () => {
  assert.deepEqual(
    themeTree(themes).map((row) => [row.theme.id, row.depth, row.hasChildren]),
    [
      ['a', 0, true],
      ['b', 1, true],
      ['f', 2, false],
      ['c', 1, false],
      ['d', 0, false],
      ['e', 0, false],
    ],
  );
  // Ö sorts after Z in Swedish (an English collation would put it among the O's).
  const zon = theme('z', 'Zon', null, 1);
  assert.deepEqual(
    childThemes([...themes, zon], null).map((t) => t.name),
    ['Samverkan', 'Arbetsglädje', 'Zon', 'Ödmjukhet'],
  );
  assert.ok(compareThemes(zon, odmjukhet) < 0);
});

test('folded themes hide their descendants but say they have some', () => {
  const rows = themeTree(themes, new Set(['a']));
  assert.deepEqual(
    rows.map((row) => row.theme.id),
    ['a', 'd', 'e'],
  );
  assert.equal(rows[0]?.hasChildren, true);
});

test('paths join names from the top down, in the tree and for every theme', () => {
  const rows = themeTree(themes);
  assert.equal(
    rows.find((r) => r.theme.id === 'f')?.path,
    'Samverkan › Strategiskt ägarskap › Ledning',
  );
  const paths = themePaths(themes);
  for (const row of rows) assert.equal(paths.get(row.theme.id), row.path);
});

test('a theme whose parent is missing stands at the top level rather than being lost', () => {
  const orphan = theme('o', 'Föräldralös', 'gone', 0);
  const rows = themeTree([...themes, orphan]);
  assert.deepEqual(
    rows.filter((r) => r.depth === 0).map((r) => r.theme.id),
    ['o', 'a', 'd', 'e'],
  );
  assert.equal(themePaths([orphan]).get('o'), 'Föräldralös');
});

test('a cycle in damaged data ends: paths and descendants stop where they began', () => {
  const loop = [theme('x', 'X', 'y', 0), theme('y', 'Y', 'x', 0)];
  assert.equal(themePaths(loop).get('x'), 'Y › X');
  assert.deepEqual([...themeWithDescendants(loop, 'x')].sort(), ['x', 'y']);
});

test('descendants are the theme itself and everything under it', () => {
  assert.deepEqual([...themeWithDescendants(themes, 'a')].sort(), ['a', 'b', 'c', 'f']);
  assert.deepEqual([...themeWithDescendants(themes, 'd')], ['d']);
});
