import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SOURCES_FOLDER } from '../../../main/services/store/source-texts';
import { rejection, testSession } from '../../helpers/session';

const TEXT =
  'Intervjuare: Hur gick samverkan?\nRespondent: Bra, vi träffades varje månad i Härnösand.\n';

async function projectWithThreeSources() {
  const s = await testSession();
  const dir = join(s.root, 'Texter.fynd');
  await s.call('project.create', { dir, name: 'Texter', language: 'sv' });
  const theme = await s.call('themes.add', { name: 'Samverkan' });
  const sources: string[] = [];
  for (const title of ['Ånge', 'Timrå', 'Kramfors']) {
    const made = await s.call('sources.add', { meta: { title }, text: TEXT });
    sources.push(made.id ?? '');
    await s.call('codings.add', {
      sourceId: made.id ?? '',
      start: 45,
      end: 56,
      themeIds: [theme.id ?? ''],
    });
  }
  await s.call('project.close', {});
  return { s, dir, sources, themeId: theme.id ?? '' };
}

test('a deleted or changed source text is reported at open; quotes, search and co-occurrence keep working', async () => {
  const { s, dir, sources, themeId } = await projectWithThreeSources();
  await rm(join(dir, SOURCES_FOLDER, `${sources[0]}.txt`));
  await writeFile(join(dir, SOURCES_FOLDER, `${sources[1]}.txt`), 'Någon har skrivit över texten.');
  const opened = await s.call('project.open', { dir });
  const keys = opened.notices.map((n) => n.key);
  assert.ok(keys.includes('notice.sourceTextsMissing'), keys.join());
  assert.ok(keys.includes('notice.sourceTextsChanged'), keys.join());
  assert.match(
    String(opened.notices.find((n) => n.key === 'notice.sourceTextsMissing')?.params?.titles),
    /Ånge/,
  );

  const search = await s.call('search.run', { query: 'Härnösand' });
  assert.equal(search.hits.length, 1, 'the sound source is searched');
  assert.equal(search.unreadable, 2, 'the other two are counted as left out');
  const quotes = await s.call('quotes.list', { themeIds: [themeId] });
  assert.equal(quotes.total, 3, 'quotes keep their stored snippets');
  await s.call('analysis.coOccurrence', { scope: 'paragraph' });
  const missing = await rejection(s.call('sources.text', { id: sources[0] ?? '' }));
  assert.equal(missing.code, 'sourceTextUnavailable');
  const sound = await s.call('sources.text', { id: sources[2] ?? '' });
  assert.equal(sound.text, TEXT);
  await s.call('project.close', {});
});

test('text with half a surrogate pair is refused, and nothing is stored', async () => {
  const s = await testSession();
  const dir = join(s.root, 'Surrogat.fynd');
  await s.call('project.create', { dir, name: 'Surrogat', language: 'sv' });
  const before = await s.call('project.current', {});
  const broken = 'Emoji cut in half: \uD83D';
  const refused = await rejection(s.call('sources.add', { meta: { title: 'Halv' }, text: broken }));
  assert.equal(refused.code, 'invalidText');
  assert.equal(refused.params.path, 'text');
  const named = await rejection(s.call('cases.add', { name: `Fall \uDE00` }));
  assert.equal(named.code, 'invalidText');
  const after = await s.call('project.current', {});
  assert.equal(after?.seq, before?.seq);
  assert.deepEqual(await readdir(join(dir, SOURCES_FOLDER)).catch(() => []), []);
  // A whole emoji is fine.
  await s.call('cases.add', { name: 'Fall 😀' });
  await s.call('project.close', {});
});
