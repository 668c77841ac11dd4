import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runFynd as run } from '../../helpers/cli-run';
import { writeDoubleCodedDemo, writeSoloDemo } from '../../helpers/team-project';

test('fynd agreement prints a table per theme and the JSON line, for each unit', async () => {
  const { dir, themeName } = await writeDoubleCodedDemo();
  const byCharacter = await run('agreement', dir, '--json');
  assert.equal(byCharacter.code, 0, byCharacter.err);
  assert.match(byCharacter.out, /^Agreement between Ada and Bo by character, on 3 source/);
  assert.match(byCharacter.out, new RegExp(`^${themeName}\\s+[\\d,]+\\s+\\d+(\\.\\d)? %`, 'm'));
  const json = JSON.parse(byCharacter.out.trimEnd().split('\n').at(-1) ?? '') as {
    unit: string;
    coders: string[];
    overall: { percent: number; kappa: number; alpha: number; units: number };
    themes: { theme: string; units: number }[];
  };
  assert.equal(json.unit, 'character');
  assert.deepEqual(json.coders, ['Ada', 'Bo']);
  // Shorter copies agree on most characters, but not on all: neither 0 nor 100.
  assert.ok(json.overall.percent > 90 && json.overall.percent < 100, String(json.overall.percent));
  assert.ok(json.overall.kappa > 0.5 && json.overall.kappa < 1, String(json.overall.kappa));
  assert.ok(json.themes.some((t) => t.theme === themeName));
  // By sentence and by turn they touch the same units: full agreement, on far fewer units.
  for (const unit of ['sentence', 'paragraph']) {
    const coarse = await run('agreement', dir, '--unit', unit, '--json');
    const figures = JSON.parse(coarse.out.trimEnd().split('\n').at(-1) ?? '') as typeof json;
    assert.equal(figures.unit, unit);
    assert.equal(figures.overall.percent, 100);
    assert.equal(figures.overall.kappa, 1);
    assert.ok(figures.overall.units < json.overall.units / 20);
  }
  // The coders can be named, in either order.
  const named = await run('agreement', dir, '--coders', 'Bo,Ada', '--unit', 'sentence');
  assert.equal(named.code, 0, named.err);
  assert.match(named.out, /^Agreement between Bo and Ada by sentence/);
  // Names in any case, or a user's id: the table names them by their user names.
  const project = JSON.parse(await readFile(join(dir, 'project.json'), 'utf8')) as {
    data: { users: { id: string; name: string }[] };
  };
  const bo = project.data.users.find((u) => u.name === 'Bo');
  assert.ok(bo);
  const byId = await run('agreement', dir, '--coders', `${bo.id},ada`, '--unit', 'sentence');
  assert.equal(byId.code, 0, byId.err);
  assert.match(byId.out, /^Agreement between Bo and Ada by sentence/);
});

test('fynd agreement says why it cannot measure: one coder, an unknown coder, a bad unit', async () => {
  const dir = await writeSoloDemo();
  const solo = await run('agreement', dir);
  assert.equal(solo.code, 1);
  assert.match(solo.err, /between two coders, and the project has 1/);
  const unknown = await run('agreement', dir, '--coders', 'Ada,Cecilia');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /No coder in the project is called “Cecilia”\. The coders are: Ada\./);
  const unit = await run('agreement', dir, '--unit', 'word');
  assert.equal(unit.code, 2);
  assert.match(unit.err, /--unit is character, sentence or paragraph/);
  const one = await run('agreement', dir, '--coders', 'Ada');
  assert.equal(one.code, 2);
});
