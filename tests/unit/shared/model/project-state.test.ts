import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProjectState } from '../../../../shared/model/project-state';
import { del, put } from '../../../../shared/model/ops';
import { buildDemoProject } from '../../../../main/services/demo/build-demo-project';

const demo = () => buildDemoProject().file.data;

for (const copyOnWrite of [true, false]) {
  test(`data handed out stays as it was while edits go on (copy on write: ${copyOnWrite})`, () => {
    const state = new ProjectState(demo(), { copyOnWrite });
    const before = state.data();
    const count = before.cases.length;
    const first = before.cases[0];
    assert.ok(first);
    const inverse = state.apply([
      put('cases', { ...first, name: 'Omdöpt' }),
      del('cases', before.cases[1]?.id ?? ''),
    ]);
    assert.equal(before.cases.length, count);
    assert.equal(before.cases[0]?.name, first.name);
    const after = state.data();
    assert.equal(after.cases.length, count - 1);
    assert.equal(state.get('cases', first.id)?.name, 'Omdöpt');
    state.apply(inverse);
    assert.deepEqual(state.data().cases, before.cases);
  });
}

test('without copy on write, unchanged collections are handed out once, changed ones anew', () => {
  const state = new ProjectState(demo(), { copyOnWrite: false });
  const one = state.data();
  const theme = one.themes[0];
  assert.ok(theme);
  state.apply([put('themes', { ...theme, name: 'Nytt namn' })]);
  const two = state.data();
  assert.equal(two.codings, one.codings);
  assert.notEqual(two.themes, one.themes);
  assert.equal(two.themes[0]?.name, 'Nytt namn');
});
