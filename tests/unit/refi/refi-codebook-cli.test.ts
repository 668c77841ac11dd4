import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runFynd as run } from '../../helpers/cli-run';
import { inspectProject } from '../../../main/services/project-inspector';
import { refiSample, skipWithoutSample } from '../../helpers/refi-samples';
import { tempDir } from '../../helpers/temp-dir';

const taguette = 'aadorian-uto_tag/codebook.qdc';
const atlas = 'RE-QDA-requal/atlasti-win-23.4.0-codebook.qdc';

test(
  'a Taguette codebook (empty Sets) goes into an open project at the top; a second time nothing is doubled',
  { skip: skipWithoutSample(taguette) },
  async () => {
    const dir = join(await tempDir(), 'p');
    assert.equal((await run('demo', dir)).code, 0);
    const before = (await inspectProject(dir)).data.themes.length;
    const first = await run('import', dir, refiSample(taguette) ?? '');
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /New themes from the codebook under the top level: 3\./);
    const second = await run('import', dir, refiSample(taguette) ?? '');
    assert.match(second.out, /under the top level: 0\./);
    assert.match(
      second.out,
      /Already there at the same level, not added again \(3\): xsd:element name, CodeBook, Variables/,
    );
    const themes = (await inspectProject(dir)).data.themes;
    assert.equal(themes.length, before + 3);
  },
);

test(
  'an ATLAS.ti codebook (0:4 schemaLocation, guid= members) goes under a chosen theme with colour and definition',
  { skip: skipWithoutSample(atlas) },
  async () => {
    const dir = join(await tempDir(), 'p');
    assert.equal((await run('demo', dir)).code, 0);
    const parent = (await inspectProject(dir)).data.themes.find((t) => t.parentId === null);
    const r = await run('import', dir, refiSample(atlas) ?? '', '--under', parent?.name ?? '');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`under ${parent?.name}: 1\\.`));
    const added = (await inspectProject(dir)).data.themes.find((t) => t.name === 'code1');
    assert.deepEqual(
      [added?.parentId, added?.colour, added?.definition],
      [parent?.id, '#46aa00', 'description'],
    );
    const missing = await run('import', dir, refiSample(atlas) ?? '', '--under', 'Finns inte');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /There is no theme called “Finns inte”; nothing was imported/);
  },
);
