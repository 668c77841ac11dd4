import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testSession } from '../../helpers/session';

test('hits grown to their turn: one coding per turn, after the speaker label, ready to add', async () => {
  const t = await testSession();
  await t.call('project.openDemo', {});
  const found = await t.call('search.run', { query: 'företag', options: { wholeWord: false } });
  const hits = found.hits.map(({ sourceId, start, end }) => ({ sourceId, start, end }));
  const plan = await t.call('search.codingPlan', { unit: 'turn', hits });
  assert.deepEqual(plan.unplaced, []);
  // Every hit is in exactly one planned coding, and some turns hold several hits.
  const covered = plan.codings.flatMap((c) => c.hits).sort((a, b) => a - b);
  assert.deepEqual(
    covered,
    hits.map((_, i) => i),
  );
  assert.ok(plan.codings.length < hits.length, `${plan.codings.length} of ${hits.length}`);
  const texts = new Map<string, string[]>();
  for (const coding of plan.codings) {
    const chars =
      texts.get(coding.sourceId) ??
      Array.from((await t.call('sources.text', { id: coding.sourceId })).text);
    texts.set(coding.sourceId, chars);
    const coded = chars.slice(coding.start, coding.end).join('');
    const line = chars.slice(0, coding.start).join('').split('\n').at(-1) ?? '';
    assert.match(line, /^(I|R\d?): $/u, `starts right after a label: "${line}"`);
    assert.ok(!/^\s|\s$/u.test(coded));
    for (const index of coding.hits) {
      const hit = hits[index];
      assert.ok(hit && hit.start >= coding.start && hit.end <= coding.end);
    }
    // A long turn's excerpt shows the part around its first hit: that hit at least.
    const marked = coding.excerpt.filter((p) => p.kind === 'hit').length;
    assert.ok(marked >= 1 && marked <= coding.hits.length);
  }
  // No two planned codings overlap.
  const sorted = [...plan.codings].sort(
    (a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start,
  );
  sorted.forEach((c, i) => {
    const next = sorted[i + 1];
    if (next?.sourceId === c.sourceId) assert.ok(next.start >= c.end);
  });

  const before = t.session.store().state.list('codings').length;
  const theme = t.session.store().state.list('themes')[0];
  assert.ok(theme);
  await t.call('codings.addMany', {
    codings: plan.codings.map(({ sourceId, start, end }) => ({
      sourceId,
      start,
      end,
      themeIds: [theme.id],
    })),
  });
  assert.equal(t.session.store().state.list('codings').length, before + plan.codings.length);
  await t.session.close();
});

test('hits in an unknown source or inside a label make no coding and are named', async () => {
  const t = await testSession();
  await t.call('project.openDemo', {});
  const found = await t.call('search.run', { query: 'R:', options: { caseSensitive: true } });
  const label = found.hits[0];
  assert.ok(label);
  const plan = await t.call('search.codingPlan', {
    unit: 'hit',
    hits: [
      { sourceId: label.sourceId, start: label.start, end: label.end },
      { sourceId: '00000000-0000-4000-8000-000000000000', start: 0, end: 3 },
    ],
  });
  assert.deepEqual(plan, { codings: [], unplaced: [0, 1] });
  // Grown to a turn, the label stands for the turn it starts.
  const turn = await t.call('search.codingPlan', {
    unit: 'turn',
    hits: [{ sourceId: label.sourceId, start: label.start, end: label.end }],
  });
  assert.equal(turn.codings.length, 1);
  assert.equal(turn.codings[0]?.start, label.end + 1);
  await t.session.close();
});
