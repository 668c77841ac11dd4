import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { runCli } from '../../../main/cli/cli-main';
import { decodeText } from '../../../main/services/import/text-decoding';
import { importFile, titleOf } from '../../../main/services/import/import-file';
import { tempDir } from '../../helpers/temp-dir';

const SWEDISH = 'Räksmörgås och kaffe i Härnösand – samverkan över gränserna.\n';

test('a UTF-8 transcript with one stray byte stays UTF-8: the byte is replaced and counted, å ä ö kept', () => {
  const good = Buffer.from(SWEDISH.repeat(20), 'utf8');
  const stray = Buffer.concat([good.subarray(0, 100), Buffer.from([0x96]), good.subarray(100)]);
  const decoded = decodeText(stray);
  assert.equal(decoded.encoding, 'utf-8');
  assert.equal(decoded.replaced, 1);
  assert.ok(decoded.text.includes('Räksmörgås'));
  assert.ok(!decoded.text.includes('Ã'));
});

test('a Windows-1252 transcript (every å ä ö a bad UTF-8 byte) is still read as Windows-1252', () => {
  const bytes = Buffer.from(SWEDISH.repeat(5).replace(/–/g, '-'), 'latin1');
  const decoded = decodeText(bytes);
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.replaced, 0);
  assert.ok(decoded.text.startsWith('Räksmörgås'));
  // One en dash (0x96) in an otherwise ASCII file is Windows-1252 too.
  assert.equal(decodeText(Buffer.from([0x41, 0x96, 0x42, 0x0a])).text, 'A–B\n');
});

test('UTF-16 without a byte order mark is read, little- and big-endian, not refused as binary', () => {
  const le = Buffer.from(SWEDISH.repeat(3), 'utf16le');
  assert.deepEqual(
    { ...decodeText(le), text: decodeText(le).text.slice(0, 10) },
    { text: 'Räksmörgås', encoding: 'utf-16le', replaced: 0 },
  );
  const be = Buffer.from(le);
  be.swap16();
  assert.equal(decodeText(be).encoding, 'utf-16be');
  assert.ok(decodeText(be).text.startsWith('Räksmörgås'));
  // A binary file with zeros is still refused.
  assert.throws(
    () =>
      decodeText(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
      ),
    /not a text file/,
  );
});

test('footnotes and endnotes of a .docx are kept, after the body', async () => {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Fotnot: Ånge deltog från 2011.')] } },
    sections: [
      {
        children: [
          new Paragraph({
            children: [new TextRun('Samverkan i Härnösand'), new FootnoteReferenceRun(1)],
          }),
        ],
      },
    ],
  });
  const imported = await importFile('intervju.docx', await Packer.toBuffer(doc));
  assert.equal(imported.text, 'Samverkan i Härnösand\n\n[1] Fotnot: Ånge deltog från 2011.');
});

test('titles from file names are NFC and carry no tabs or line breaks', async () => {
  const decomposed = 'Intervju\tHa\u0308rno\u0308sand\nrektor.txt';
  assert.equal(titleOf(decomposed), 'Intervju Härnösand rektor');
  assert.equal(
    (await importFile(decomposed, Buffer.from('Hej'))).title,
    'Intervju Härnösand rektor',
  );
});

test('fynd import takes a file named like an option after --, and refuses an unknown option', async () => {
  const root = await tempDir();
  const dir = join(root, 'p.fynd');
  const out = {
    text: '',
    write(s: string) {
      this.text += s;
    },
  };
  const err = {
    text: '',
    write(s: string) {
      this.text += s;
    },
  };
  assert.equal(await runCli(['demo', dir], out, err), 0);
  const odd = join(root, '--dd.txt');
  await writeFile(odd, 'Anteckning från mötet i Timrå.');
  const refused = await runCli(['import', dir, '--dd.txt', odd], out, err);
  assert.equal(refused, 2);
  assert.match(err.text, /unknown option --dd\.txt/);
  const before = out.text.length;
  assert.equal(await runCli(['import', dir, '--', odd], out, err), 0, err.text);
  assert.match(out.text.slice(before), /imported .*--dd\.txt → "--dd"/);
});
