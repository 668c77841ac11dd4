import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runFynd as run } from '../../helpers/cli-run';
import { tempDir } from '../../helpers/temp-dir';

test('fynd export writes a .qdpx that fynd import opens again, and says what other tools will not see', async () => {
  const dir = await tempDir();
  assert.equal((await run('demo', join(dir, 'demo'))).code, 0);
  const exported = await run('export', join(dir, 'demo'), '--out', join(dir, 'demo.qdpx'));
  assert.equal(exported.code, 0, exported.err);
  assert.match(exported.out, /sources 15, codings 98, themes 14; offsets in UTF-16 code units/);
  assert.match(
    exported.out,
    /Other tools will not see: valences \d+, findings 6, recommendations 3/,
  );
  const back = await run('import', join(dir, 'back'), join(dir, 'demo.qdpx'));
  assert.equal(back.code, 0, back.err);
  const info = JSON.parse((await run('info', join(dir, 'back'))).out) as Record<string, number>;
  assert.equal(info.codings, 98);
  assert.equal(info.recommendations, 3);
  const qdc = await run('export', join(dir, 'demo'), '--out', join(dir, 'codebook.qdc'));
  assert.match(qdc.out, /Wrote the codebook to .*codebook\.qdc: themes 14/);
  // No temporary file is left beside the outputs.
  assert.deepEqual((await readdir(dir)).sort(), ['back', 'codebook.qdc', 'demo', 'demo.qdpx']);
});

test('fynd export refuses an unknown offset convention and an output that is neither .qdpx nor .qdc', async () => {
  const dir = await tempDir();
  assert.equal((await run('demo', join(dir, 'demo'))).code, 0);
  const units = await run(
    'export',
    join(dir, 'demo'),
    '--out',
    join(dir, 'x.qdpx'),
    '--offsets',
    'bytes',
  );
  assert.equal(units.code, 2);
  assert.match(units.err, /--offsets must be utf16 or codepoints/);
  const out = await run('export', join(dir, 'demo'), '--out', join(dir, 'x.zip'));
  assert.equal(out.code, 2);
  assert.match(out.err, /--out must end in \.qdpx/);
});
