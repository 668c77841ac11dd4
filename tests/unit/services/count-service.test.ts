import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeMatrix, MatrixReader, type ThemeCaseMatrix } from '../../../shared/analysis/matrix';
import { rejection, testSession } from '../../helpers/session';
import { writeTeamOfThree } from '../../helpers/team-project';

/** A reader's every cell and total as `computeMatrix` keys them, to compare with it. */
function asMatrix(reader: MatrixReader, themeIds: readonly string[]): ThemeCaseMatrix {
  const cells = new Map();
  const rowTotals = new Map();
  for (const themeId of themeIds) {
    for (const column of reader.columns) {
      const cell = reader.cell(themeId, column.id);
      if (cell) cells.set(`${themeId}|${column.id}`, cell);
    }
    const total = reader.rowTotal(themeId);
    if (total) rowTotals.set(themeId, total);
  }
  const columnTotals = new Map();
  for (const column of reader.columns) {
    const total = reader.columnTotal(column.id);
    if (total) columnTotals.set(column.id, total);
  }
  return { columns: [...reader.columns], cells, rowTotals, columnTotals };
}

async function openTeam() {
  const t = await testSession();
  await t.call('project.open', { dir: await writeTeamOfThree() });
  // Main's whole project: the renderer is handed only the codings findings cite.
  return { t, data: t.session.store().data() };
}

test('analysis.matrix answers the matrix of every coding, with the panel’s columns, roll-up and coders', async () => {
  const { t, data } = await openTeam();
  const [ada, bo] = data.users;
  assert.ok(ada && bo);
  for (const input of [
    { columns: { kind: 'cases' as const }, rollUp: true, coderIds: [] },
    { columns: { kind: 'caseType' as const }, rollUp: false, coderIds: [bo.id] },
    { columns: { kind: 'cases' as const }, rollUp: false, coderIds: [ada.id, bo.id] },
  ]) {
    const answer = new MatrixReader(await t.call('analysis.matrix', input));
    assert.deepEqual(
      asMatrix(
        answer,
        data.themes.map((th) => th.id),
      ),
      computeMatrix(data, input.columns, input.rollUp, input.coderIds),
    );
  }
  // A parent row counts its sub-themes' codings only when rolled up.
  const parent = data.themes.find((th) => data.themes.some((c) => c.parentId === th.id));
  assert.ok(parent);
  const rolled = new MatrixReader(await t.call('analysis.matrix', {}));
  const direct = new MatrixReader(await t.call('analysis.matrix', { rollUp: false }));
  assert.ok(
    (rolled.rowTotal(parent.id)?.codings ?? 0) > (direct.rowTotal(parent.id)?.codings ?? 0),
  );
  await t.session.close();
});

test('analysis.matrix follows an edit: a new coding is counted in its cell', async () => {
  const { t, data } = await openTeam();
  const source = data.sources.find((s) => s.caseId !== null);
  const theme = data.themes.find((th) => th.codable !== false);
  const caseId = source?.caseId;
  assert.ok(source && caseId && theme);
  const count = async () =>
    new MatrixReader(await t.call('analysis.matrix', { rollUp: false })).cell(theme.id, caseId)
      ?.codings ?? 0;
  const before = await count();
  await t.call('codings.add', { sourceId: source.id, start: 0, end: 5, themeIds: [theme.id] });
  assert.equal(await count(), before + 1);
  await t.session.close();
});

test('themes.counts: each theme’s codings, sources and cases, with sub-themes and direct, as the matrix rows', async () => {
  const { t, data } = await openTeam();
  const counts = await t.call('themes.counts', {});
  const matrix = new MatrixReader(await t.call('analysis.matrix', { rollUp: true }));
  for (const theme of data.themes) {
    const rolled = counts.rolledUp[theme.id];
    assert.equal(rolled?.codings, matrix.rowTotal(theme.id)?.codings, theme.name);
    assert.equal(rolled?.sources, matrix.rowTotal(theme.id)?.sources, theme.name);
    const cases = new Set(
      data.codings
        .filter((c) => c.themeIds.includes(theme.id))
        .map((c) => data.sources.find((s) => s.id === c.sourceId)?.caseId),
    );
    const direct = data.codings.filter((c) => c.themeIds.includes(theme.id)).length;
    assert.equal(counts.direct[theme.id]?.codings ?? 0, direct, theme.name);
    if (direct > 0) assert.equal(counts.direct[theme.id]?.cases, cases.size, theme.name);
  }
  await t.session.close();
});

test('themes.impact says what deleting or merging a theme would change, and refuses a theme not there', async () => {
  const { t, data } = await openTeam();
  const parent = data.themes.find((th) => data.themes.some((c) => c.parentId === th.id));
  const leaf = data.themes.find(
    (th) => th.parentId !== null && data.codings.some((c) => c.themeIds.includes(th.id)),
  );
  const other = data.themes.find((th) => th.id !== leaf?.id && th.parentId === null);
  assert.ok(parent && leaf && other);
  const children = data.themes.filter((th) => th.parentId === parent.id).length;
  const deleting = await t.call('themes.impact', { themeId: parent.id });
  assert.equal(deleting.merge, null);
  assert.ok(deleting.deletion.children >= children);
  const ofLeaf = data.codings.filter((c) => c.themeIds.includes(leaf.id));
  const merging = await t.call('themes.impact', { themeId: leaf.id, targetId: other.id });
  assert.equal(merging.merge?.codings, ofLeaf.length);
  assert.equal(
    merging.merge.alreadyBoth,
    ofLeaf.filter((c) => c.themeIds.includes(other.id)).length,
  );
  assert.equal(merging.deletion.removedCodings + merging.deletion.keptCodings, ofLeaf.length);
  const gone = await rejection(
    t.call('themes.impact', { themeId: '00000000-0000-4000-8000-000000000000' }),
  );
  assert.equal(gone.code, 'notFound');
  await t.session.close();
});

test('the coding summary names everyone who coded; quotes carry their coding’s valence', async () => {
  const { t, data } = await openTeam();
  const { coderIds } = await t.call('codings.summary', {});
  assert.deepEqual(coderIds.map((id) => data.users.find((u) => u.id === id)?.name).sort(), [
    'Ada',
    'Bo',
    'Cy',
  ]);
  const { quotes } = await t.call('quotes.list', { limit: 50 });
  assert.ok(quotes.length > 0);
  for (const quote of quotes)
    assert.equal(quote.valence, data.codings.find((c) => c.id === quote.codingId)?.valence);
  await t.session.close();
});
