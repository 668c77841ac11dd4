import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { opNames } from '../../../shared/contract';
import { createHandlers, dispatch } from '../../../main/handlers';
import { rejection, testSession } from '../../helpers/session';

async function projectWithSource(text: string) {
  const t = await testSession();
  const dir = join(t.root, 'Projekt.fynd');
  await t.call('project.create', { dir, name: 'Test', language: 'sv' });
  const source = await t.call('sources.add', { meta: { title: 'Intervju 1' }, text });
  const theme = await t.call('themes.add', { name: 'Operativ samverkan' });
  return { ...t, dir, sourceId: source.id ?? '', themeId: theme.id ?? '' };
}

test('pasted text is normalised once (NFC, \\n) before any offset is stored', async () => {
  const t = await projectWithSource('I: Hur går det?\r\nR: Bra – i Ha\u0308rno\u0308sand 🙂.\r\n');
  const { text } = await t.call('sources.text', { id: t.sourceId });
  assert.equal(text, 'I: Hur går det?\nR: Bra – i Härnösand 🙂.\n');
  const source = t.session.store().state.get('sources', t.sourceId);
  assert.equal(source?.length, Array.from(text).length);
  await t.session.close();
});

test('a coding stores code points and its snippet is exactly the selected text', async () => {
  const t = await projectWithSource('R: Vi har 🙂 bra samverkan med Ånge–Timrå.');
  const chars = Array.from('R: Vi har 🙂 bra samverkan med Ånge–Timrå.');
  const start = chars.indexOf('🙂');
  const end = chars.length - 1;
  const result = await t.call('codings.add', {
    sourceId: t.sourceId,
    start,
    end,
    themeIds: [t.themeId],
    valence: 'strength',
  });
  const coding = t.session.store().state.get('codings', result.id ?? '');
  assert.equal(coding?.snippet, '🙂 bra samverkan med Ånge–Timrå');
  const outside = await rejection(
    t.call('codings.add', {
      sourceId: t.sourceId,
      start: 0,
      end: chars.length + 1,
      themeIds: [t.themeId],
    }),
  );
  assert.equal(outside.code, 'invalidRange');
  await t.session.close();
});

test('off-schema input is refused with a clear message and changes nothing', async () => {
  const t = await projectWithSource('R: Text.');
  const before = JSON.stringify(t.session.store().data());
  const seq = t.session.store().seq;
  const bad: [unknown, unknown][] = [
    ['cases.add', { name: '' }],
    ['cases.add', { name: 'X', type: 'planet' }],
    ['cases.add', { name: 'X', extra: 1 }],
    ['themes.add', { name: 'T', colour: 'red' }],
    ['themes.update', { id: 'not-a-uuid', patch: {} }],
    ['codings.add', { sourceId: t.sourceId, start: 3, end: 2, themeIds: [t.themeId] }],
    ['codings.add', { sourceId: t.sourceId, start: 0, end: 2, themeIds: [] }],
    [
      'codings.add',
      {
        sourceId: t.sourceId,
        start: 0,
        end: 2,
        themeIds: ['6f1c1a34-6a59-4c4e-8d5e-1b2a3c4d5e6f'],
      },
    ],
    ['sources.add', { meta: { title: 'Tom' }, text: '   \n ' }],
    ['nope.nothing', {}],
    [42, null],
    ['cases.add', 'a string'],
  ];
  for (const [name, payload] of bad) {
    const envelope = await t.raw(name, payload);
    assert.equal(envelope.ok, false, `${String(name)} ${JSON.stringify(payload)}`);
    if (!envelope.ok) assert.ok(envelope.error.message.length > 0);
  }
  assert.equal(JSON.stringify(t.session.store().data()), before);
  assert.equal(t.session.store().seq, seq);
  await t.session.close();
});

test('deleting a theme takes its sub-themes and sole codings with it, and one undo restores all', async () => {
  const t = await projectWithSource('R: Vi samverkar bra, men ledningen saknas.');
  const child = await t.call('themes.add', { name: 'Under', parentId: t.themeId });
  const other = await t.call('themes.add', { name: 'Ledning' });
  await t.call('codings.add', {
    sourceId: t.sourceId,
    start: 3,
    end: 19,
    themeIds: [child.id ?? ''],
  });
  const shared = await t.call('codings.add', {
    sourceId: t.sourceId,
    start: 21,
    end: 41,
    themeIds: [t.themeId, other.id ?? ''],
  });
  const before = JSON.stringify(t.session.store().data());
  await t.call('themes.delete', { id: t.themeId });
  const state = t.session.store().state;
  assert.deepEqual(
    state.list('themes').map((x) => x.name),
    ['Ledning'],
  );
  assert.equal(state.list('codings').length, 1);
  assert.deepEqual(state.get('codings', shared.id ?? '')?.themeIds, [other.id]);
  const undone = await t.call('history.undo', {});
  assert.equal(undone.history.redo?.action, 'themes.delete');
  assert.equal(JSON.stringify(t.session.store().data()), before);
  await t.session.close();
});

test('every contract operation has a handler', async () => {
  const t = await testSession();
  for (const name of opNames) assert.equal(typeof t.handlers[name], 'function', name);
});

test('creating a project where a foreign project.json lies refuses and leaves it', async () => {
  const t = await testSession();
  const dir = join(t.root, 'foreign');
  await mkdir(dir);
  await writeFile(join(dir, 'project.json'), '{"hello":1}');
  const error = await rejection(t.call('project.create', { dir, name: 'X', language: 'en' }));
  assert.equal(error.code, 'folderNotEmpty');
  assert.equal(await readFile(join(dir, 'project.json'), 'utf8'), '{"hello":1}');
});

test('a project survives close and reopen with everything in it', async () => {
  const t = await projectWithSource('R: Samverkan fungerar.');
  await t.call('cases.add', {
    name: 'Kramfors',
    attributes: [{ key: 'Invånare', type: 'number', value: 18000 }],
  });
  await t.call('codings.add', {
    sourceId: t.sourceId,
    start: 3,
    end: 12,
    themeIds: [t.themeId],
    memo: 'Kärnan',
  });
  const before = JSON.stringify(t.session.store().data());
  await t.call('project.close', {});
  const opened = await t.call('project.open', { dir: t.dir });
  assert.deepEqual(JSON.parse(JSON.stringify(t.session.store().data())), JSON.parse(before));
  // The renderer gets all but the codings no finding cites: it asks for those per view.
  assert.deepEqual(opened.data, { ...JSON.parse(before), codings: [] });
  const recent = await t.call('project.recent', {});
  assert.equal(recent.projects[0]?.dir, t.dir);
  await t.session.close();
});

test('answers are checked against the contract in tests and development builds', async () => {
  const t = await testSession();
  const broken = createHandlers(t.session, {
    'app.info': async () => ({ version: 1 }) as never,
  });
  const checked = await dispatch(broken, 'app.info', {}, { checkOutput: true });
  assert.equal(checked.ok, false);
  assert.match(checked.ok ? '' : checked.error.message, /answer of app\.info does not match/);
  const unchecked = await dispatch(broken, 'app.info', {});
  assert.equal(unchecked.ok, true, 'the product passes answers on as they are');
});
