import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rejection, testSession } from '../../helpers/session';

/** A project with two top-level themes, one of them with a sub-theme. */
async function codebook() {
  const t = await testSession();
  await t.call('project.create', { dir: join(t.root, 'P.fynd'), name: 'P', language: 'sv' });
  const add = async (name: string, parentId: string | null = null) =>
    (await t.call('themes.add', { name, parentId })).id ?? '';
  const kultur = await add('Projektkultur');
  const ledning = await add('Ledning');
  const underLedning = await add('Förankring', ledning);
  const names = () =>
    t.session
      .store()
      .state.list('themes')
      .map((theme) => theme.name)
      .sort();
  return { ...t, add, kultur, ledning, underLedning, names };
}

test('a second theme of the same name beside the first is refused, whatever its case, spaces or Unicode form', async () => {
  const t = await codebook();
  const seq = t.session.store().seq;
  for (const name of ['Projektkultur', '  projektkultur ', 'PROJEKTKULTUR']) {
    const refused = await rejection(t.call('themes.add', { name }));
    assert.equal(refused.code, 'themeNameTaken');
    assert.equal(refused.params.name, 'Projektkultur');
  }
  // "Förankring" with a decomposed ö is the same name as its sibling's.
  const decomposed = await rejection(
    t.call('themes.add', { name: 'Fo\u0308rankring', parentId: t.ledning }),
  );
  assert.equal(decomposed.code, 'themeNameTaken');
  assert.equal(t.session.store().seq, seq, 'nothing was written');

  // The same name elsewhere in the tree is another theme.
  await t.add('Projektkultur', t.ledning);
  await t.add('Förankring');
  assert.deepEqual(t.names(), [
    'Förankring',
    'Förankring',
    'Ledning',
    'Projektkultur',
    'Projektkultur',
  ]);
  await t.session.close();
});

test('renaming or moving a theme onto a sibling name is refused; other edits of it are not', async () => {
  const t = await codebook();
  const renamed = await rejection(
    t.call('themes.update', { id: t.ledning, patch: { name: 'projektkultur' } }),
  );
  assert.equal(renamed.code, 'themeNameTaken');
  const topLevel = await t.add('Förankring', null);
  const moved = await rejection(
    t.call('themes.update', { id: topLevel, patch: { parentId: t.ledning } }),
  );
  assert.equal(moved.code, 'themeNameTaken');
  const dragged = await rejection(
    t.call('themes.move', { id: topLevel, parentId: t.ledning, index: 0 }),
  );
  assert.equal(dragged.code, 'themeNameTaken');
  // Its own name in another case, its colour, its place among the same siblings: all fine.
  await t.call('themes.update', { id: t.ledning, patch: { name: 'LEDNING' } });
  await t.call('themes.update', { id: t.ledning, patch: { colour: '#123456' } });
  await t.call('themes.move', { id: t.ledning, parentId: null, index: 0 });
  assert.equal(t.session.store().state.get('themes', t.ledning)?.name, 'LEDNING');
  await t.session.close();
});

test('a merge whose sub-themes would meet a sibling of the same name under the target is refused and changes nothing', async () => {
  const t = await codebook();
  // "Kultur" has its own "Förankring"; merging it into "Ledning" would put two side by side.
  const kultur = await t.add('Kultur');
  await t.add('förankring', kultur);
  const before = JSON.stringify(t.session.store().data());
  const refused = await rejection(t.call('themes.merge', { id: kultur, into: t.ledning }));
  assert.equal(refused.code, 'themeNameTaken');
  assert.equal(refused.params.name, 'Förankring');
  assert.equal(JSON.stringify(t.session.store().data()), before);

  // A target under the merged theme takes its place: its name must be free there too.
  const outer = await t.add('Styrning');
  const inner = await t.add('Ledning', outer);
  const upward = await rejection(t.call('themes.merge', { id: outer, into: inner }));
  assert.equal(upward.code, 'themeNameTaken');
  await t.session.close();
});
