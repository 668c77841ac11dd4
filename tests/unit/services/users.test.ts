import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { coderName } from '../../../shared/model/users';
import { testSession } from '../../helpers/session';
import { writeDoubleCodedDemo } from '../../helpers/team-project';

async function projectWithText(t: Awaited<ReturnType<typeof testSession>>) {
  await t.call('project.create', {
    dir: join(t.root, 'p.fynd'),
    name: 'Team',
    language: 'sv',
    evaluator: 'Eva',
  });
  const theme = await t.call('themes.add', { name: 'Samverkan', colour: '#336699' });
  const source = await t.call('sources.add', {
    meta: { title: 'Intervju', kind: 'interview' },
    text: 'Samverkan fungerade bra. Men ägarskapet saknades.',
  });
  return { themeId: theme.id ?? '', sourceId: source.id ?? '' };
}

test('who am I: asked once, kept in the app settings; my codings carry my user, shown by name', async () => {
  const t = await testSession();
  const first = await t.call('user.current', {});
  assert.equal(first.user, null);
  assert.equal(typeof first.suggested, 'string');
  const { user } = await t.call('user.setName', { name: 'Anna' });
  assert.deepEqual((await t.call('user.current', {})).user, user);

  const { themeId, sourceId } = await projectWithText(t);
  const opened = await t.call('project.current', {});
  // Opening (here: creating) brought me into the project's users, with no undo step for it.
  assert.deepEqual(
    opened?.data.users.map((u) => u.name),
    ['Anna'],
  );
  await t.call('codings.add', { sourceId, start: 0, end: 9, themeIds: [themeId] });
  const data = (await t.call('project.current', {}))?.data;
  assert.ok(data);
  const { codings } = await t.call('codings.ofSources', { sourceIds: [sourceId] });
  assert.equal(coderName(data.users, codings[0]?.coderId ?? ''), 'Anna');
  // Undo takes back the coding, then the source and the theme: never my place among the users.
  for (let i = 0; i < 3; i++) await t.call('history.undo', {});
  const undone = (await t.call('project.current', {}))?.data;
  assert.deepEqual(
    undone?.users.map((u) => u.name),
    ['Anna'],
  );
  assert.equal((await t.call('project.current', {}))?.history.undo, null);
  await t.session.close();
});

test('renaming a coder changes the name on all their codings, and undo brings the old one back', async () => {
  const t = await testSession();
  await t.call('user.setName', { name: 'Anna' });
  const { themeId, sourceId } = await projectWithText(t);
  await t.call('codings.add', { sourceId, start: 0, end: 9, themeIds: [themeId] });
  await t.call('codings.add', { sourceId, start: 25, end: 28, themeIds: [themeId] });
  const before = (await t.call('project.current', {}))?.data;
  const anna = before?.users[0];
  assert.ok(anna);
  await t.call('users.rename', { id: anna.id, name: 'Anna Berg' });
  const after = (await t.call('project.current', {}))?.data;
  const { codings } = await t.call('codings.ofSources', { sourceIds: [sourceId] });
  assert.deepEqual(
    codings.map((c) => coderName(after?.users ?? [], c.coderId)),
    ['Anna Berg', 'Anna Berg'],
  );
  // Changing my own name renames me in the open project too.
  await t.call('user.setName', { name: 'Anna B.' });
  const renamed = (await t.call('project.current', {}))?.data;
  assert.equal(renamed?.users[0]?.name, 'Anna B.');
  await t.call('history.undo', {});
  await t.call('history.undo', {});
  const undone = (await t.call('project.current', {}))?.data;
  assert.equal(undone?.users[0]?.name, 'Anna');
  await t.session.close();
});

test('a user of the same name is me: opening a project where "Ada" coded, as Ada, adds no second Ada', async () => {
  const t = await testSession();
  await t.call('user.setName', { name: 'ada' });
  const { dir } = await writeDoubleCodedDemo();
  const opened = await t.call('project.open', { dir });
  assert.deepEqual(
    opened.data.users.map((u) => u.name),
    ['Ada', 'Bo'],
  );
  await t.session.close();
});

test('the coder filter narrows quotes in main, names or ids; agreement takes names or ids', async () => {
  const t = await testSession();
  const { dir } = await writeDoubleCodedDemo();
  const opened = await t.call('project.open', { dir });
  const [ada, bo] = opened.data.users;
  assert.ok(ada && bo);
  const all = await t.call('quotes.list', {});
  const onlyBo = await t.call('quotes.list', { coderIds: [bo.id] });
  const both = await t.call('quotes.list', { coderIds: [ada.id, bo.id] });
  const byBo = t.session
    .store()
    .state.list('codings')
    .filter((c) => c.coderId === bo.id).length;
  assert.equal(onlyBo.total, byBo);
  assert.ok(byBo > 0 && byBo < all.total);
  assert.equal(both.total, all.total);
  const bad = await t.raw('quotes.list', { coderIds: ['Bo'] });
  assert.equal(bad.ok, false);
  const byName = await t.call('analysis.agreement', { coders: ['bo', 'Ada'] });
  const byId = await t.call('analysis.agreement', { coders: [bo.id, ada.id] });
  assert.deepEqual(byName.coders, ['Bo', 'Ada']);
  assert.deepEqual(byId, byName);
  await t.session.close();
});
