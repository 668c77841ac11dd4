import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testSession } from '../../helpers/session';

async function demo() {
  const t = await testSession();
  await t.call('project.openDemo', {});
  const state = () => t.session.store().state;
  const theme = (name: string) => {
    const found = state()
      .list('themes')
      .find((x) => x.name === name);
    assert.ok(found, name);
    return found;
  };
  return { ...t, state, theme };
}

test('merging a theme moves its codings to the target; one undo splits them again', async () => {
  const t = await demo();
  const [a, b] = t
    .state()
    .list('themes')
    .filter((x) =>
      t
        .state()
        .list('codings')
        .some((c) => c.themeIds.includes(x.id)),
    );
  assert.ok(a && b);
  const count = (id: string) =>
    t
      .state()
      .list('codings')
      .filter((c) => c.themeIds.includes(id)).length;
  const both = t
    .state()
    .list('codings')
    .filter((c) => c.themeIds.includes(a.id) || c.themeIds.includes(b.id)).length;
  const before = JSON.stringify(t.session.store().data());
  await t.call('themes.merge', { id: a.id, into: b.id });
  assert.equal(t.state().get('themes', a.id), undefined);
  assert.equal(count(b.id), both);
  assert.ok(
    t
      .state()
      .list('codings')
      .every((c) => new Set(c.themeIds).size === c.themeIds.length),
    'no theme twice on a coding',
  );
  await t.call('history.undo', {});
  assert.equal(JSON.stringify(t.session.store().data()), before);
  await t.session.close();
});

test('moving a theme reorders its new siblings and refuses cycles', async () => {
  const t = await demo();
  const top = t
    .state()
    .list('themes')
    .filter((x) => x.parentId === null);
  const [first, second] = top.sort((x, y) => x.order - y.order);
  assert.ok(first && second);
  const child = t
    .state()
    .list('themes')
    .find((x) => x.parentId === first.id);
  assert.ok(child);
  await t.call('themes.move', { id: child.id, parentId: null, index: 0 });
  const reordered = t
    .state()
    .list('themes')
    .filter((x) => x.parentId === null)
    .sort((x, y) => x.order - y.order);
  assert.equal(reordered[0]?.id, child.id);
  assert.deepEqual(
    reordered.map((x) => x.order),
    reordered.map((_, i) => i),
  );
  const cycle = await t.raw('themes.move', {
    id: first.id,
    parentId:
      t
        .state()
        .list('themes')
        .find((x) => x.parentId === first.id)?.id ?? first.id,
    index: 0,
  });
  assert.equal(cycle.ok, false);
  await t.session.close();
});

test('search finds words across sources, and "code all hits" is one undoable step', async () => {
  const t = await demo();
  const result = await t.call('search.run', { query: 'lärling', options: { wholeWord: false } });
  assert.ok(result.hits.length >= 2, `hits: ${result.hits.length}`);
  assert.equal(result.sources, new Set(result.hits.map((h) => h.sourceId)).size);
  // Beyond the limit: hits counted, and their sources, though not all are sent.
  const one = await t.call('search.run', { query: 'lärling', limit: 1 });
  assert.deepEqual(
    [one.hits.length, one.total, one.sources, one.truncated],
    [1, result.total, result.sources, true],
  );
  const texts = new Map<string, string>();
  for (const hit of result.hits) {
    const text =
      texts.get(hit.sourceId) ?? (await t.call('sources.text', { id: hit.sourceId })).text;
    texts.set(hit.sourceId, text);
    assert.equal(
      Array.from(text).slice(hit.start, hit.end).join('').toLowerCase(),
      hit.text.toLowerCase(),
    );
  }
  const theme = t.state().list('themes')[0];
  assert.ok(theme);
  const codings = t.state().list('codings').length;
  await t.call('codings.addMany', {
    codings: result.hits.map((h) => ({
      sourceId: h.sourceId,
      start: h.start,
      end: h.end,
      themeIds: [theme.id],
    })),
  });
  assert.equal(t.state().list('codings').length, codings + result.hits.length);
  await t.call('history.undo', {});
  assert.equal(t.state().list('codings').length, codings);
  const bad = await t.raw('search.run', { query: '(oops', options: { regex: true } });
  assert.equal(bad.ok, false);
  await t.session.close();
});

test('quotes of a theme come with context and respect case and valence filters', async () => {
  const t = await demo();
  const parent = t
    .state()
    .list('themes')
    .find((x) =>
      t
        .state()
        .list('themes')
        .some((c) => c.parentId === x.id),
    );
  assert.ok(parent);
  const all = await t.call('quotes.list', { themeIds: [parent.id] });
  const own = await t.call('quotes.list', { themeIds: [parent.id], includeSubthemes: false });
  assert.ok(all.quotes.length > own.quotes.length, 'sub-themes add quotes');
  const weak = await t.call('quotes.list', { themeIds: [parent.id], valences: ['weakness'] });
  assert.ok(weak.quotes.length > 0 && weak.quotes.length < all.quotes.length);
  for (const quote of weak.quotes) {
    assert.equal(t.state().get('codings', quote.codingId)?.valence, 'weakness');
  }
  const firstCase = t.state().list('cases')[0];
  assert.ok(firstCase);
  const inCase = await t.call('quotes.list', { caseIds: [firstCase.id] });
  for (const quote of inCase.quotes)
    assert.equal(t.state().get('sources', quote.sourceId)?.caseId, firstCase.id);
  // A page: the first quotes in full, all of them counted.
  const everything = await t.call('quotes.list', {});
  assert.equal(everything.total, t.state().list('codings').length);
  const page = await t.call('quotes.list', { limit: 10 });
  assert.equal(page.total, everything.total);
  assert.deepEqual(
    page.quotes.map((q) => q.codingId),
    everything.quotes.slice(0, 10).map((q) => q.codingId),
  );
  await t.session.close();
});
