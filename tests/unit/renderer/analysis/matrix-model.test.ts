import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeMatrix } from '../../../../shared/analysis/matrix';
import { buildDemoProject } from '../../../../main/services/demo/build-demo-project';
import {
  attributeKeys,
  casesOfColumn,
  matrixRows,
  parentThemeIds,
} from '../../../../renderer/src/analysis/matrix-model';
import { gridMove } from '../../../../renderer/src/analysis/grid-keys';
import { heatColour } from '../../../../renderer/src/analysis/heat';

const data = buildDemoProject().file.data;

test('matrix rows follow the codebook tree and leave out the children of collapsed themes', () => {
  const rows = matrixRows(data.themes, new Set());
  assert.equal(rows.length, data.themes.length);
  const parents = parentThemeIds(data.themes);
  for (const row of rows) assert.equal(row.hasChildren, parents.has(row.theme.id));
  const samverkan = rows.find((r) => r.theme.name === 'Samverkan');
  assert.ok(samverkan && samverkan.depth === 0);
  assert.equal(
    rows.find((r) => r.theme.name === 'Operativ samverkan')?.path,
    'Samverkan › Operativ samverkan',
  );
  const folded = matrixRows(data.themes, new Set([samverkan.theme.id]));
  assert.equal(
    folded.some((r) => r.theme.parentId === samverkan.theme.id),
    false,
  );
  assert.ok(folded.some((r) => r.theme.id === samverkan.theme.id));
});

test('the cases behind a column are those computeMatrix puts there', () => {
  for (const mode of [
    { kind: 'cases' as const },
    { kind: 'caseType' as const },
    { kind: 'attribute' as const, key: 'Typ av aktör' },
  ]) {
    const matrix = computeMatrix(data, mode, false);
    const all = matrix.columns.flatMap((column) => casesOfColumn(data.cases, mode, column.id));
    assert.deepEqual([...all].sort(), data.cases.map((c) => c.id).sort(), mode.kind);
  }
  assert.ok(attributeKeys(data.cases).includes('Typ av aktör'));
});

test('arrow keys move within the grid and stop at its edges', () => {
  assert.deepEqual(gridMove('ArrowRight', false, { row: 0, col: 0 }, 3, 4), { row: 0, col: 1 });
  assert.deepEqual(gridMove('ArrowUp', false, { row: 0, col: 2 }, 3, 4), { row: 0, col: 2 });
  assert.deepEqual(gridMove('End', false, { row: 1, col: 0 }, 3, 4), { row: 1, col: 3 });
  assert.deepEqual(gridMove('End', true, { row: 0, col: 0 }, 3, 4), { row: 2, col: 3 });
  assert.deepEqual(gridMove('PageDown', false, { row: 0, col: 1 }, 3, 4), { row: 2, col: 1 });
  assert.equal(gridMove('a', false, { row: 0, col: 0 }, 3, 4), null);
});

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}
const hex = (h: string) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
const contrast = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

test('the darkest heat tint keeps every cell text colour at 4.5:1 or more', () => {
  const colour = heatColour(10, 10) ?? '';
  const [r, g, b, alpha] = (colour.match(/[\d.]+/g) ?? []).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const over = [r, g, b].map((c) => Math.round(255 * (1 - alpha) + c * alpha));
  for (const text of ['#1c2230', '#174a27', '#7a211c']) {
    assert.ok(contrast(over, hex(text)) >= 4.5, `${text} on ${over.join(',')}`);
  }
  assert.equal(heatColour(0, 10), undefined);
});
