import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../../main/services/import/text-decoding';
import { FyndError } from '../../../shared/errors';

const swedish = 'Härnösand – "kompetensförsörjning" på Ånge-sidan, 5 € och åäö ÅÄÖ';

/** Windows-1252 bytes of a string (Latin-1 range plus the euro sign and curly quotes). */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '–': 0x96, '—': 0x97, '”': 0x94, '“': 0x93 };
  return Uint8Array.from(Array.from(text, (c) => special[c] ?? c.charCodeAt(0)));
}

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof FyndError ? error.code : 'other';
  }
  return 'none';
};

test('UTF-8 with and without BOM decodes as is', () => {
  const bytes = new TextEncoder().encode(swedish);
  assert.deepEqual(decodeText(bytes), { text: swedish, encoding: 'utf-8', replaced: 0 });
  const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
  assert.deepEqual(decodeText(withBom), { text: swedish, encoding: 'utf-8', replaced: 0 });
});

test('Windows-1252 from Swedish Word is detected: no mojibake', () => {
  const decoded = decodeText(windows1252(swedish));
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.text, swedish);
  assert.ok(!decoded.text.includes('Ã'));
});

test('UTF-16 with a BOM, both byte orders', () => {
  const le = [0xff, 0xfe];
  const be = [0xfe, 0xff];
  for (const ch of swedish) {
    const unit = ch.charCodeAt(0);
    le.push(unit & 0xff, unit >> 8);
    be.push(unit >> 8, unit & 0xff);
  }
  assert.deepEqual(decodeText(Uint8Array.from(le)), {
    text: swedish,
    encoding: 'utf-16le',
    replaced: 0,
  });
  assert.deepEqual(decodeText(Uint8Array.from(be)), {
    text: swedish,
    encoding: 'utf-16be',
    replaced: 0,
  });
});

test('empty, whitespace-only, binary and oversized files are refused with their own codes', () => {
  assert.equal(
    code(() => decodeText(new Uint8Array())),
    'emptyFile',
  );
  assert.equal(
    code(() => decodeText(new TextEncoder().encode(' \n\t '))),
    'emptyFile',
  );
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.equal(
    code(() => decodeText(png)),
    'binaryFile',
  );
  assert.equal(
    code(() => decodeText(new Uint8Array(50 * 1024 * 1024).fill(0x61))),
    'fileTooLarge',
  );
});
