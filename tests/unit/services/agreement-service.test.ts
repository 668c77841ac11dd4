import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rejection, testSession } from '../../helpers/session';
import { writeDoubleCodedDemo, writeSoloDemo, writeTeamOfThree } from '../../helpers/team-project';

test('agreement through the contract: figures per theme in the codebook, and why not with one coder', async () => {
  const t = await testSession();
  await t.call('project.open', { dir: await writeSoloDemo() });
  const solo = await rejection(t.call('analysis.agreement', {}));
  assert.equal(solo.code, 'tooFewCoders');
  const { dir, themeName } = await writeDoubleCodedDemo();
  await t.call('project.open', { dir });
  const result = await t.call('analysis.agreement', { unit: 'sentence' });
  assert.deepEqual(result.coders, ['Ada', 'Bo']);
  assert.equal(result.sources, 3);
  assert.equal(result.unreadable, 0);
  assert.ok(result.themes.some((theme) => theme.theme === themeName));
  for (const theme of result.themes) {
    assert.equal(theme.table.firstOnly + theme.table.secondOnly, 0, theme.theme);
    assert.equal(theme.kappa, 1, theme.theme);
  }
  const same = await rejection(t.call('analysis.agreement', { coders: ['Bo', 'Bo'] }));
  assert.equal(same.code, 'invalidInput');
  await t.session.close();
});

test('a team of three: agreement of every pair, most active coders first', async () => {
  const t = await testSession();
  await t.call('project.open', { dir: await writeTeamOfThree() });
  const pairs = await t.call('analysis.agreementPairs', { unit: 'character' });
  assert.deepEqual(
    pairs.map((pair) => pair.coders),
    [
      ['Ada', 'Bo'],
      ['Ada', 'Cy'],
      ['Bo', 'Cy'],
    ],
  );
  const [adaBo, adaCy, boCy] = pairs;
  // Cy coded the first two interviews exactly as Ada did; Bo a little shorter.
  assert.equal(adaCy?.sources, 2);
  assert.equal(adaCy?.overall.kappa, 1);
  assert.equal(adaBo?.sources, 3);
  assert.ok((adaBo?.overall.kappa ?? 1) < 1);
  assert.equal(boCy?.sources, 2);
  await t.session.close();
});
