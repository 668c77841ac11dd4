import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contract } from '../../../shared/contract';
import { MAX_QDC_BYTES } from '../../../shared/refi-interchange';
import { refiSample, skipWithoutSample } from '../../helpers/refi-samples';
import { rejection, testSession } from '../../helpers/session';
import { readFile } from 'node:fs/promises';

const ATLAS = 'RE-QDA-requal/atlasti-win-23.4.0-codebook.qdc';

test('refi.importCodebookData takes a name, base64 bytes within the cap and a parent; anything else is refused', () => {
  const input = contract['refi.importCodebookData'].input;
  const ok = {
    name: 'kodbok.qdc',
    base64: Buffer.from('<CodeBook/>').toString('base64'),
    parentId: null,
  };
  assert.ok(input.safeParse(ok).success);
  assert.ok(!input.safeParse({ ...ok, base64: 'inte base64!' }).success);
  assert.ok(!input.safeParse({ ...ok, name: '' }).success);
  assert.ok(!input.safeParse({ ...ok, path: '/etc/passwd' }).success, 'no extra fields');
  const overCap = 'A'.repeat(Math.ceil(MAX_QDC_BYTES / 3) * 4 + 4);
  assert.ok(!input.safeParse({ ...ok, base64: overCap }).success);
  assert.ok(contract['refi.chooseOpenPath'].input.safeParse({ format: 'qdc' }).success);
  assert.ok(!contract['refi.chooseOpenPath'].input.safeParse({ format: 'exe' }).success);
});

test(
  'a codebook sent as bytes is imported exactly as the same file at a path: the same themes, one undo step',
  { skip: skipWithoutSample(ATLAS) },
  async () => {
    const bytes = await readFile(refiSample(ATLAS) ?? '');
    const themesAfter = async (road: 'path' | 'bytes') => {
      const t = await testSession();
      await t.call('project.create', { dir: join(t.root, 'P.fynd'), name: 'P', language: 'sv' });
      const before = t.session.store().state.list('themes').length;
      if (road === 'path') {
        const file = join(t.root, 'kodbok.qdc');
        await writeFile(file, bytes);
        await t.call('refi.importCodebook', { file, parentId: null });
      } else {
        const outcome = await t.call('refi.importCodebookData', {
          name: 'C:\\Exporter\\kodbok.qdc',
          base64: bytes.toString('base64'),
          parentId: null,
        });
        assert.equal(
          outcome.mutation?.history.undo?.subject,
          'kodbok.qdc',
          'the undo step names the file',
        );
      }
      const themes = t.session
        .store()
        .state.list('themes')
        .map(({ name, colour, definition, parentId, codable }) => ({
          name,
          colour,
          definition,
          top: parentId === null,
          codable,
        }));
      await t.call('history.undo', {});
      assert.equal(t.session.store().state.list('themes').length, before, 'one undo step');
      // A file that is no codebook is refused the same way on both roads.
      const png = Buffer.from('\x89PNG');
      const notACodebook = await rejection(
        road === 'path'
          ? writeFile(join(t.root, 'bild.qdc'), png).then(() =>
              t.call('refi.importCodebook', { file: join(t.root, 'bild.qdc'), parentId: null }),
            )
          : t.call('refi.importCodebookData', {
              name: 'bild.qdc',
              base64: png.toString('base64'),
              parentId: null,
            }),
      );
      await t.session.close();
      return { themes, notACodebook: notACodebook.code };
    };
    const byPath = await themesAfter('path');
    const byBytes = await themesAfter('bytes');
    assert.ok(byPath.themes.length > 0);
    assert.deepEqual(byBytes.themes, byPath.themes);
    assert.equal(byBytes.notACodebook, byPath.notACodebook);
  },
);
