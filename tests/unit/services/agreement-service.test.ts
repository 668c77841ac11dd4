import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rejection, testSession } from '../../helpers/session';
import { writeDoubleCodedDemo, writeSoloDemo } from '../../helpers/team-project';

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
