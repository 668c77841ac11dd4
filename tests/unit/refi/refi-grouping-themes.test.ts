import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importRefiProject } from '../../../main/services/refi/refi-import';
import { qdpxBytes } from '../../../main/services/refi/qdpx-export';
import { codebookQdc } from '../../../main/services/refi/qde-writer';
import { translateError } from '../../../shared/i18n';
import { DEFAULT_THEME_COLOUR, themePalette } from '../../../shared/model/theme-palette';
import { refiSample, skipWithoutSample } from '../../helpers/refi-samples';
import { rejection, testSession } from '../../helpers/session';
import { tempDir } from '../../helpers/temp-dir';

/** A project with a grouping ("Ledning", not codable) over a codable theme, and a source. */
async function projectWithGrouping() {
  const t = await testSession();
  await t.call('project.create', { dir: join(t.root, 'P.fynd'), name: 'P', language: 'sv' });
  const grouping = (await t.call('themes.add', { name: 'Ledning' })).id ?? '';
  const child = (await t.call('themes.add', { name: 'Förankring', parentId: grouping })).id ?? '';
  await t.call('themes.update', { id: grouping, patch: { codable: false } });
  const source =
    (
      await t.call('sources.add', {
        meta: { title: 'Intervju' },
        text: 'Chefen var med hela tiden.',
      })
    ).id ?? '';
  return { ...t, grouping, child, source };
}

test('a grouping theme cannot be coded with through the contract: refused, translated, nothing written', async () => {
  const t = await projectWithGrouping();
  const seq = t.session.store().seq;
  const refused = await rejection(
    t.call('codings.add', { sourceId: t.source, start: 0, end: 6, themeIds: [t.grouping] }),
  );
  assert.equal(refused.code, 'themeNotCodable');
  assert.match(translateError(refused, 'sv'), /”Ledning” är en gruppering och kan inte användas/);
  assert.match(translateError(refused, 'en'), /“Ledning” is a grouping and cannot be used/);
  const many = await rejection(
    t.call('codings.addMany', {
      codings: [{ sourceId: t.source, start: 0, end: 6, themeIds: [t.child, t.grouping] }],
    }),
  );
  assert.equal(many.code, 'themeNotCodable');
  const coding = await t.call('codings.add', {
    sourceId: t.source,
    start: 0,
    end: 6,
    themeIds: [t.child],
  });
  const moved = await rejection(
    t.call('codings.update', { id: coding.id ?? '', patch: { themeIds: [t.grouping] } }),
  );
  assert.equal(moved.code, 'themeNotCodable');
  assert.equal(t.session.store().seq, seq + 1, 'only the coding with a codable theme was written');
  await t.session.close();
});

test('making a theme a grouping is one undoable edit, and undone it codes again', async () => {
  const t = await projectWithGrouping();
  const codable = () => t.session.store().state.get('themes', t.child)?.codable;
  await t.call('themes.update', { id: t.child, patch: { codable: false } });
  assert.equal(codable(), false);
  await t.call('history.undo', {});
  assert.notEqual(codable(), false);
  await t.call('codings.add', { sourceId: t.source, start: 0, end: 6, themeIds: [t.child] });
  await t.session.close();
});

test('a grouping round-trips through .qdpx and .qdc as isCodable="false"', async () => {
  const t = await projectWithGrouping();
  const data = t.session.store().data();
  const texts = new Map([[t.source, await t.session.store().texts.read(t.source)]]);
  const dir = await tempDir();
  const file = join(dir, 'p.qdpx');
  await writeFile(file, await qdpxBytes(data, texts, 'utf16'));
  const back = (await importRefiProject(file, { lang: 'sv' })).built.file.data.themes;
  assert.equal(back.find((theme) => theme.name === 'Ledning')?.codable, false);
  assert.notEqual(back.find((theme) => theme.name === 'Förankring')?.codable, false);
  const qdc = codebookQdc(data, 'Fynd');
  assert.match(qdc, /name="Ledning" isCodable="false"/);
  assert.match(qdc, /name="Förankring" isCodable="true"/);
  await t.session.close();
});

test(
  'a non-codable code of another tool becomes a grouping theme, and the report says so',
  { skip: skipWithoutSample('Ornio-app-qdpx-toolkit/hand_authored/project.qde') },
  async () => {
    const file = refiSample('Ornio-app-qdpx-toolkit/hand_authored/project.qde') ?? '';
    const { built, report } = await importRefiProject(file, { lang: 'en' });
    const groupings = built.file.data.themes.filter((theme) => theme.codable === false);
    assert.ok(groupings.length > 0);
    const line = report.details.find((l) => l.key === 'notCodable');
    assert.equal(line?.params.count, groupings.length);
  },
);

test('a theme without a colour of its own takes the palette’s one default, in the app and from a codebook', async () => {
  const t = await testSession();
  await t.call('project.create', { dir: join(t.root, 'P.fynd'), name: 'P', language: 'sv' });
  assert.ok(themePalette.some((p) => p.colour === DEFAULT_THEME_COLOUR));
  const added = (await t.call('themes.add', { name: 'Utan färg' })).id ?? '';
  assert.equal(t.session.store().state.get('themes', added)?.colour, DEFAULT_THEME_COLOUR);
  const file = join(t.root, 'kodbok.qdc');
  await writeFile(
    file,
    '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="10000000-0000-4000-8000-000000000001" name="Grå" isCodable="true"/></Codes></CodeBook>',
  );
  await t.call('refi.importCodebook', { file, parentId: null });
  const imported = t.session
    .store()
    .state.list('themes')
    .find((theme) => theme.name === 'Grå');
  assert.equal(imported?.colour, DEFAULT_THEME_COLOUR);
  await t.session.close();
});
