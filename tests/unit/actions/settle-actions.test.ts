import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { writeProjectFolder } from '../../../main/services/store/project-folder-writer';
import type { Coding } from '../../../shared/model/entities';
import { testSession } from '../../helpers/session';
import { writeDoubleCodedDemo } from '../../helpers/team-project';
import { tempDir } from '../../helpers/temp-dir';

test('"both code it" gives the other coder that passage: the disagreement is gone, and undo brings it back', async () => {
  const t = await testSession();
  const { dir, themeName } = await writeDoubleCodedDemo();
  await t.call('project.open', { dir });
  const themeId = t.session
    .store()
    .state.list('themes')
    .find((theme) => theme.name === themeName)?.id;
  assert.ok(themeId);
  const ask = { unit: 'character' as const, coders: ['Ada', 'Bo'] as [string, string], themeId };
  const before = await t.call('analysis.disagreements', { ...ask, limit: 50 });
  const place = before.places.find((p) => p.coder === 'Ada');
  assert.ok(place, 'Ada coded two characters more at each end');
  const boId = t.session
    .store()
    .state.list('users')
    .find((u) => u.name === 'Bo')?.id;
  const bo = () =>
    t.session
      .store()
      .state.list('codings')
      .filter((c) => c.coderId === boId);
  const boBefore = bo().length;

  await t.call('codings.settle', {
    sourceId: place.sourceId,
    start: place.start,
    end: place.end,
    themeId,
    coder: 'Ada',
    other: 'Bo',
    decision: 'both',
  });
  const given = bo().find((c) => c.start === place.start && c.end === place.end);
  assert.ok(given, 'Bo has a coding of exactly that place');
  assert.equal(given.snippet, place.text);
  assert.deepEqual(given.themeIds, [themeId]);
  const after = await t.call('analysis.disagreements', { ...ask, limit: 50 });
  assert.equal(after.total, before.total - 1);

  await t.call('history.undo', {});
  assert.equal(bo().length, boBefore);
  assert.equal((await t.call('analysis.disagreements', { ...ask, limit: 50 })).total, before.total);
  await t.session.close();
});

test('"neither codes it" takes the theme off there only: a coding around the place is split, keeps its id and its other themes', async () => {
  const built = buildDemoProject();
  const { data } = built.file;
  const users = { Ada: randomUUID(), Bo: randomUUID() };
  data.users = [
    { id: users.Ada, name: 'Ada' },
    { id: users.Bo, name: 'Bo' },
  ];
  const source = data.sources[0];
  const [first, second] = data.themes;
  assert.ok(source && first && second);
  const text = built.texts.get(source.id) ?? '';
  const coding = (coder: 'Ada' | 'Bo', start: number, end: number, themeIds: string[]): Coding => ({
    id: randomUUID(),
    sourceId: source.id,
    start,
    end,
    snippet: [...text].slice(start, end).join(''),
    themeIds,
    valence: 'neutral',
    memo: 'a memo',
    coderId: users[coder],
    created: '2026-11-30T10:00:00.000Z',
  });
  const ada = coding('Ada', 0, 30, [first.id, second.id]);
  data.codings = [ada, coding('Bo', 0, 10, [first.id]), coding('Bo', 20, 30, [first.id])];
  const dir = join(await tempDir(), 'settle.fynd');
  await writeProjectFolder(dir, built);
  const t = await testSession();
  await t.call('project.open', { dir });

  await t.call('codings.settle', {
    sourceId: source.id,
    start: 10,
    end: 20,
    themeId: first.id,
    coder: 'Ada',
    other: 'Bo',
    decision: 'neither',
  });
  const adas = t.session
    .store()
    .state.list('codings')
    .filter((c) => c.coderId === users.Ada)
    .sort((a, b) => a.start - b.start);
  assert.deepEqual(
    adas.map((c) => [c.start, c.end, c.themeIds.length]),
    [
      [0, 10, 2],
      [10, 20, 1],
      [20, 30, 2],
    ],
  );
  assert.equal(adas[0]?.id, ada.id, 'the first part keeps the id a finding may cite');
  assert.deepEqual(adas[1]?.themeIds, [second.id], 'inside, only the other theme is left');
  assert.equal(adas[2]?.snippet, [...text].slice(20, 30).join(''));
  const figures = await t.call('analysis.agreement', { unit: 'character', coders: ['Ada', 'Bo'] });
  const settled = figures.themes.find((theme) => theme.themeId === first.id);
  assert.equal(settled?.percent, 100, 'the coders now agree on the first theme');

  await t.call('history.undo', {});
  const restored = t.session
    .store()
    .state.list('codings')
    .filter((c) => c.coderId === users.Ada);
  assert.deepEqual(restored, [ada], 'one undo step restores the coding as it was');
  await t.session.close();
});
