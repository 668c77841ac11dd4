import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coOccurrence } from '../../../../shared/analysis/co-occurrence';
import { cellKey, computeMatrix, valenceBalance } from '../../../../shared/analysis/matrix';
import type { Coding } from '../../../../shared/model/entities';
import { buildDemoProject } from '../../../../main/services/demo/build-demo-project';

const coding = (
  id: string,
  sourceId: string,
  start: number,
  end: number,
  themeIds: string[],
  valence: Coding['valence'] = 'neutral',
): Coding => ({
  id,
  sourceId,
  start,
  end,
  snippet: 'x',
  themeIds,
  valence,
  memo: '',
  coderId: '00000000-0000-4000-8000-00000000c0de',
  created: '2026-01-01T00:00:00.000Z',
});

test('the theme × case matrix adds up to the codings of each case and theme', () => {
  const { file } = buildDemoProject();
  const data = file.data;
  const matrix = computeMatrix(data, { kind: 'cases' }, false);
  assert.equal(matrix.columns.length, data.cases.length);
  for (const theme of data.themes) {
    for (const c of data.cases) {
      const expected = data.codings.filter(
        (k) =>
          k.themeIds.includes(theme.id) &&
          data.sources.find((s) => s.id === k.sourceId)?.caseId === c.id,
      );
      const cell = matrix.cells.get(cellKey(theme.id, c.id));
      assert.equal(cell?.codings ?? 0, expected.length, `${theme.name} × ${c.name}`);
      assert.equal(cell?.sources ?? 0, new Set(expected.map((k) => k.sourceId)).size);
      assert.equal(
        cell?.valence.weakness ?? 0,
        expected.filter((k) => k.valence === 'weakness').length,
      );
    }
  }
});

test('rolling up counts a sub-theme coding once in its parent row', () => {
  const { file } = buildDemoProject();
  const data = file.data;
  const parent = data.themes.find((t) => data.themes.some((c) => c.parentId === t.id));
  assert.ok(parent);
  const family = new Set([
    parent.id,
    ...data.themes.filter((t) => t.parentId === parent.id).map((t) => t.id),
  ]);
  const expected = data.codings.filter((k) => k.themeIds.some((id) => family.has(id))).length;
  const matrix = computeMatrix(data, { kind: 'cases' }, true);
  assert.equal(matrix.rowTotals.get(parent.id)?.codings, expected);
});

test('columns can be case types instead of cases', () => {
  const { file } = buildDemoProject();
  const matrix = computeMatrix(file.data, { kind: 'caseType' }, false);
  assert.deepEqual(matrix.columns.map((c) => c.label).sort(), ['countyActor', 'municipality']);
});

test('valence balance runs from all weaknesses (-1) to all strengths (1)', () => {
  const cell = {
    codings: 4,
    sources: 1,
    valence: { strength: 3, weakness: 1, mixed: 0, neutral: 0 },
  };
  assert.equal(valenceBalance(cell), 0.5);
  assert.equal(
    valenceBalance({ ...cell, valence: { strength: 0, weakness: 0, mixed: 2, neutral: 2 } }),
    0,
  );
});

test('co-occurrence counts shared codings, overlaps and shared paragraphs', () => {
  const codings = [
    coding('1', 's', 0, 10, ['A', 'B']),
    coding('2', 's', 5, 15, ['C']),
    coding('3', 's', 20, 30, ['A']),
    coding('4', 't', 0, 5, ['B']),
  ];
  const overlapOnly = coOccurrence(codings);
  const find = (list: ReturnType<typeof coOccurrence>, a: string, b: string) =>
    list.find((x) => x.a === a && x.b === b)?.count ?? 0;
  assert.equal(find(overlapOnly, 'A', 'B'), 1);
  assert.equal(find(overlapOnly, 'A', 'C'), 1);
  assert.equal(find(overlapOnly, 'B', 'C'), 1);
  const byParagraph = coOccurrence(codings, (k) => (k.start < 18 ? 0 : 1));
  assert.equal(find(byParagraph, 'A', 'C'), 1);
  const sameParagraph = coOccurrence(codings, () => 0);
  assert.equal(find(sameParagraph, 'A', 'C'), 2, 'coding 3 shares the paragraph with coding 2');
});

test('on a large project every cell, row and column total matches a plain count', async () => {
  const { syntheticProject } = await import('../../../helpers/synthetic-project');
  const data = syntheticProject({ codings: 4000, cases: 12, sourcesPerCase: 5 });
  const parentOf = new Map(data.themes.map((t) => [t.id, t.parentId]));
  const caseOf = new Map(data.sources.map((s) => [s.id, s.caseId]));
  const rows = (k: Coding) => {
    const all = new Set<string>();
    for (const id of k.themeIds) {
      for (let at: string | null | undefined = id; at; at = parentOf.get(at)) all.add(at);
    }
    return all;
  };
  const matrix = computeMatrix(data, { kind: 'cases' }, true);
  const same = (label: string, actual: unknown, expected: Coding[]) => {
    const cell = actual as ReturnType<typeof matrix.cells.get>;
    assert.equal(cell?.codings ?? 0, expected.length, label);
    assert.equal(cell?.sources ?? 0, new Set(expected.map((k) => k.sourceId)).size, label);
    assert.equal(cell?.valence.mixed ?? 0, expected.filter((k) => k.valence === 'mixed').length);
  };
  for (const theme of data.themes) {
    const inRow = data.codings.filter((k) => rows(k).has(theme.id));
    same(`${theme.name} total`, matrix.rowTotals.get(theme.id), inRow);
    for (const c of data.cases) {
      const inCell = inRow.filter((k) => caseOf.get(k.sourceId) === c.id);
      same(`${theme.name} × ${c.name}`, matrix.cells.get(cellKey(theme.id, c.id)), inCell);
    }
  }
  for (const c of data.cases) {
    const inColumn = data.codings.filter((k) => caseOf.get(k.sourceId) === c.id);
    same(`${c.name} total`, matrix.columnTotals.get(c.id), inColumn);
  }
});

test('the coder filter counts only the chosen coders’ codings in every cell and total', () => {
  const { file } = buildDemoProject();
  const data = file.data;
  const colleague = data.users[1];
  assert.ok(colleague);
  const theirs = data.codings.filter((k) => k.coderId === colleague.id);
  assert.ok(theirs.length > 0 && theirs.length < data.codings.length);
  const matrix = computeMatrix(data, { kind: 'cases' }, false, [colleague.id]);
  let counted = 0;
  for (const theme of data.themes) {
    for (const c of data.cases) {
      const expected = theirs.filter(
        (k) =>
          k.themeIds.includes(theme.id) &&
          data.sources.find((s) => s.id === k.sourceId)?.caseId === c.id,
      ).length;
      const cell = matrix.cells.get(cellKey(theme.id, c.id));
      assert.equal(cell?.codings ?? 0, expected, `${theme.name} × ${c.name}`);
      counted += expected;
    }
  }
  assert.equal(
    counted,
    theirs.reduce((n, k) => n + k.themeIds.length, 0),
  );
  // No coder chosen: everyone's, as before.
  assert.deepEqual(
    computeMatrix(data, { kind: 'cases' }, false, []).cells,
    computeMatrix(data, { kind: 'cases' }, false).cells,
  );
});
