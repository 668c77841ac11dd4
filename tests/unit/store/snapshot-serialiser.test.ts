import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { serialiseInSlices } from '../../../main/services/store/snapshot-serialiser';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { syntheticProject } from '../../helpers/synthetic-project';

test('the sliced snapshot text is exactly what JSON.stringify writes', async () => {
  const { file } = buildDemoProject();
  assert.equal((await serialiseInSlices(file)).join(''), JSON.stringify(file));
});

test('values JSON treats specially come out the same', async () => {
  const odd = {
    a: undefined,
    b: [undefined, () => 1, NaN, Infinity, -0, null, 'å"\\\n\u2028🙂'],
    c: { d: new Date(0), e: { f: [{ g: undefined, h: 1 }] } },
    '2': 'integer-like keys first',
    nested: [[[[1, [2]]]], {}, []],
  };
  assert.equal((await serialiseInSlices(odd, 0)).join(''), JSON.stringify(odd));
});

test('a large snapshot is written in slices the event loop runs between', async () => {
  const data = syntheticProject({ codings: 5000 });
  let turns = 0;
  let running = true;
  const ticker = (async () => {
    while (running) {
      await nextTurn();
      turns++;
    }
  })();
  const chunks = await serialiseInSlices(data, 0);
  running = false;
  await ticker;
  assert.equal(chunks.join(''), JSON.stringify(data));
  // With no time allowed per slice, it yields at least once per 64 codings.
  assert.ok(turns >= 5000 / 64, `event-loop turns during serialisation: ${turns}`);
});
