import { test } from 'node:test';
import { coOccurrence } from '../../../shared/analysis/co-occurrence';
import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostEvent } from '../../../shared/host-events';
import { readXlsx } from '../../helpers/openpyxl';
import { rejection, testSession } from '../../helpers/session';
import { writeSyntheticProject } from '../../helpers/synthetic-project';

test('the Excel report goes through the contract to the chosen path, in the project language', async () => {
  const t = await testSession();
  await t.call('project.openDemo', {});
  const path = join(t.root, 'rapport.xlsx');
  const result = await t.call('report.excel', { path, parts: ['summary', 'quotes'] });
  assert.equal(result.path, path);
  const book = await readXlsx(path);
  assert.deepEqual(book.sheetNames, result.sheets);
  assert.equal(result.rows[result.sheets[1] ?? ''], t.session.store().state.list('codings').length);
  await t.session.close();
});

test('an Excel report that cannot be written says so and leaves nothing behind', async () => {
  const t = await testSession();
  await t.call('project.openDemo', {});
  const folder = join(t.root, 'no-such-folder');
  const error = await rejection(t.call('report.excel', { path: join(folder, 'r.xlsx') }));
  assert.equal(error.code, 'outputFailed');
  assert.deepEqual(
    (await readdir(t.root)).filter((n) => n.endsWith('.xlsx') || n.includes('tmp')),
    [],
  );
  await t.session.close();
});

test('a relative output path is refused with its own message and nothing is written anywhere', async () => {
  const t = await testSession();
  await t.call('project.openDemo', {});
  const before = await readdir(process.cwd());
  for (const path of ['rapport.xlsx', './ut/rapport.xlsx', '../rapport.xlsx']) {
    const error = await rejection(t.call('report.excel', { path }));
    assert.equal(error.code, 'pathNotAbsolute');
    assert.equal(error.params.path, path);
  }
  assert.deepEqual(await readdir(process.cwd()), before, "nothing in main's working folder");
  await t.session.close();
});

test('the report for the browser comes back as the .xlsx bytes, and no temporary file stays', async () => {
  const t = await testSession();
  await t.call('project.openDemo', {});
  const leftovers = async () =>
    (await readdir(tmpdir())).filter((name) => name.startsWith('fynd-report-'));
  const before = await leftovers();
  const answer = await t.call('report.excelDownload', { parts: ['quotes'], language: 'en' });
  assert.deepEqual(await leftovers(), before);
  const path = join(t.root, 'downloaded.xlsx');
  await writeFile(path, Buffer.from(answer.base64, 'base64'));
  const book = await readXlsx(path);
  assert.deepEqual(book.sheetNames, answer.sheets);
  assert.deepEqual(book.sheetNames, ['Quotes']);
  assert.equal(answer.rows.Quotes, t.session.store().state.list('codings').length);
  await t.session.close();
});

test('recommendation sheets: one section per chosen recommendation, quotes pseudonymised, HTML escaped', async () => {
  const t = await testSession();
  await t.call('project.openDemo', {});
  const [first] = t.session.store().state.list('recommendations');
  assert.ok(first);
  await t.call('recommendations.update', {
    id: first.id,
    patch: { title: '<script>alert(1)</script> Ledning' },
  });
  const all = await t.call('sheets.html', {});
  assert.equal(all.html.match(/<section class="sheet"/g)?.length, 3);
  assert.ok(!all.html.includes('<script>'), 'user text never becomes markup');
  assert.ok(all.html.includes('&lt;script&gt;alert(1)&lt;/script&gt; Ledning'));
  for (const { real } of t.session.store().state.list('pseudonyms'))
    assert.ok(!all.html.includes(real), real);
  const one = await t.call('sheets.html', { ids: [first.id], language: 'en' });
  assert.equal(one.html.match(/<section class="sheet"/g)?.length, 1);
  assert.match(one.html, /Management response/);
  const print = await t.call('sheets.print', { mode: 'print' });
  assert.deepEqual(print, { unsupported: true }, 'the browser fallback prints with window.print');
  await t.session.close();
});

test('co-occurrence by paragraph finds at least the pairs that overlap', async () => {
  const t = await testSession();
  await t.call('project.openDemo', {});
  const overlap = await t.call('analysis.coOccurrence', { scope: 'overlap' });
  const paragraph = await t.call('analysis.coOccurrence', { scope: 'paragraph' });
  const total = (pairs: { count: number }[]) => pairs.reduce((a, p) => a + p.count, 0);
  assert.ok(overlap.pairs.length > 0);
  assert.ok(total(paragraph.pairs) >= total(overlap.pairs));
  // The same as counting line breaks character by character, as a reader would.
  const paragraphOf = new Map<string, number>();
  for (const coding of t.session.store().state.list('codings')) {
    const { text } = await t.call('sources.text', { id: coding.sourceId });
    const before = Array.from(text).slice(0, coding.start);
    paragraphOf.set(coding.id, before.filter((ch) => ch === '\n').length);
  }
  assert.deepEqual(
    paragraph.pairs,
    coOccurrence([...t.session.store().state.list('codings')], (k) => paragraphOf.get(k.id) ?? -1),
  );
  await t.session.close();
});

test('a co-occurring pair opens its places: the text where both themes meet, with context', async () => {
  const t = await testSession();
  await t.call('project.openDemo', {});
  const { pairs } = await t.call('analysis.coOccurrence', { scope: 'paragraph' });
  const top = pairs[0];
  assert.ok(top);
  const answer = await t.call('analysis.coOccurrencePlaces', { a: top.a, b: top.b });
  assert.ok(answer.total > 0 && answer.total <= top.count, 'meetings in one place are one place');
  assert.equal(answer.places.length, Math.min(answer.total, 200));
  const codings = new Map(
    t.session
      .store()
      .state.list('codings')
      .map((k) => [k.id, k]),
  );
  for (const place of answer.places) {
    const { text } = await t.call('sources.text', { id: place.sourceId });
    assert.equal(place.text, Array.from(text).slice(place.start, place.end).join(''));
    const themes = new Set(place.codingIds.flatMap((id) => codings.get(id)?.themeIds ?? []));
    assert.ok(themes.has(top.a) && themes.has(top.b), 'both themes are coded there');
  }
  const overlap = await t.call('analysis.coOccurrencePlaces', {
    scope: 'overlap',
    a: top.a,
    b: top.b,
    limit: 1,
  });
  assert.ok(overlap.places.length <= 1 && overlap.total <= answer.total);
  await t.session.close();
});

test('with a task id, the Excel export reports its progress as events: from 0 up to its rows', async () => {
  const t = await testSession();
  const dir = join(t.root, 'Stor.fynd');
  await writeSyntheticProject(dir, { cases: 10, sourcesPerCase: 5, codings: 6_000 });
  await t.call('project.open', { dir });
  const heard: HostEvent[] = [];
  t.session.events.subscribe((event) => heard.push(event));

  await t.call('report.excel', { path: join(t.root, 'utan.xlsx'), parts: ['quotes'] });
  assert.equal(heard.length, 0, 'no task id, no events');

  const result = await t.call('report.excel', {
    path: join(t.root, 'stor.xlsx'),
    parts: ['summary', 'quotes'],
    taskId: 'excel-42',
  });
  const rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
  assert.ok(heard.length >= 2, `${heard.length} events`);
  assert.ok(heard.every((e) => e.type === 'progress' && e.task === 'excel-42'));
  assert.equal(heard[0]?.done, 0, 'the start goes out');
  assert.ok((heard[0]?.total ?? 0) > 6_000, 'with the rows expected');
  assert.deepEqual(
    heard.map((e) => e.done),
    heard.map((e) => e.done).sort((a, b) => a - b),
    'done never goes back',
  );
  const last = heard.at(-1);
  assert.deepEqual([last?.done, last?.total], [rows, rows], 'the end: done === total');
  await t.session.close();
});
