import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { docxOf } from '../../helpers/docx-fixture';
import { testSession } from '../../helpers/session';

async function openProject() {
  const t = await testSession();
  await t.call('project.create', { dir: join(t.root, 'p.fynd'), name: 'Import', language: 'sv' });
  return t;
}

test('txt (UTF-8 and Windows-1252), md and docx import as sources in one undoable step', async () => {
  const t = await openProject();
  const utf8 = join(t.root, 'Intervju Kramfors.txt');
  await writeFile(utf8, 'I: Hur gick det?\r\nR: Bra, tack – vi samverkar.\r\n');
  const cp1252 = join(t.root, 'intervju-ange.txt');
  await writeFile(
    cp1252,
    Buffer.from([
      0x52, 0x3a, 0x20, 0xc5, 0x6e, 0x67, 0x65, 0x20, 0xe4, 0x72, 0x20, 0x62, 0xe4, 0x73, 0x74,
      0x2e,
    ]),
  );
  const md = join(t.root, 'anteckningar.md');
  await writeFile(md, '# Möte\n\nVi pratade om skolan.');
  const docx = join(t.root, 'Fokusgrupp Timrå.docx');
  await writeFile(
    docx,
    await docxOf(['I: Välkomna.', 'R1: Tack. 🙂 Vi är tre här.', 'R2: Framsteget fungerar.']),
  );
  const outcome = await t.call('sources.importFiles', {
    paths: [utf8, cp1252, md, docx],
    meta: { kind: 'interview' },
  });
  assert.deepEqual(
    outcome.results.map((r) => r.ok),
    [true, true, true, true],
  );
  const sources = t.session.store().state.list('sources');
  assert.deepEqual(
    sources.map((s) => s.title),
    ['Intervju Kramfors', 'intervju-ange', 'anteckningar', 'Fokusgrupp Timrå'],
  );
  const texts = await Promise.all(sources.map((s) => t.call('sources.text', { id: s.id })));
  assert.equal(texts[0]?.text, 'I: Hur gick det?\nR: Bra, tack – vi samverkar.\n');
  assert.equal(texts[1]?.text, 'R: Ånge är bäst.');
  assert.equal(
    texts[3]?.text,
    'I: Välkomna.\nR1: Tack. 🙂 Vi är tre här.\nR2: Framsteget fungerar.',
  );
  assert.deepEqual(
    outcome.results.map((r) => (r.ok ? r.format : '')),
    ['utf-8', 'windows-1252', 'utf-8', 'docx'],
  );
  await t.call('history.undo', {});
  assert.equal(
    t.session.store().state.list('sources').length,
    0,
    'one undo removes the whole import',
  );
  await t.session.close();
});

test('bad files get a clear message each and leave the project unchanged', async () => {
  const t = await openProject();
  const files: Record<string, Uint8Array | string> = {
    'tom.txt': '',
    'bild.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
    'trasig.docx': 'PK this is not really a zip',
    'tabell.xlsx': 'whatever',
  };
  const paths: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(t.root, name);
    await writeFile(path, content);
    paths.push(path);
  }
  const big = join(t.root, 'stor.txt');
  await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 0x61));
  paths.push(big);
  const before = JSON.stringify(t.session.store().data());
  const outcome = await t.call('sources.importFiles', { paths, meta: {} });
  assert.equal(outcome.mutation, null);
  assert.deepEqual(
    outcome.results.map((r) => (r.ok ? 'ok' : r.error.code)),
    ['emptyFile', 'binaryFile', 'corruptFile', 'unsupportedFile', 'fileTooLarge'],
  );
  assert.equal(JSON.stringify(t.session.store().data()), before);
  await t.session.close();
});

test('a docx that would unpack to gigabytes is refused before it is unpacked', async () => {
  const t = await openProject();
  // A zip whose central directory claims 3 GB for one entry: what a zip bomb looks like.
  const name = Buffer.from('word/document.xml');
  const data = deflateRawSync(Buffer.alloc(1024));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(3_000_000_000, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(3_000_000_000, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  const bomb = Buffer.concat([local, name, data, central, name, end]);
  const outcome = await t.call('sources.importData', {
    files: [{ name: 'bomb.docx', base64: bomb.toString('base64') }],
    meta: {},
  });
  assert.equal(outcome.results[0]?.ok, false);
  assert.equal(outcome.results[0]?.ok === false && outcome.results[0].error.code, 'fileTooLarge');
  await t.session.close();
});

test('a docx with XML nested 200,000 deep is refused, in bounded time, leaving the project as it was', async () => {
  const t = await openProject();
  const zip = await JSZip.loadAsync(await docxOf(['Hej']));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const depth = 200_000;
  zip.file(
    'word/document.xml',
    xml.replace(
      /<w:r>.*<\/w:r>/s,
      `${'<w:r>'.repeat(depth)}<w:t>djup</w:t>${'</w:r>'.repeat(depth)}`,
    ),
  );
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const outcome = await t.call('sources.importData', {
    files: [{ name: 'djup.docx', base64: bytes.toString('base64') }],
    meta: {},
  });
  assert.equal(outcome.results[0]?.ok, false);
  assert.equal(t.session.store().state.list('sources').length, 0);
  await t.session.close();
});
