import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseText, TextOffsets, codePointLength } from '../../../../shared/model/text-offsets';

const text = 'Får vi 🙂 höra mer om ö-samverkan – 👩‍👩‍👧 eller?';

test('code points and UTF-16 indexes convert both ways around emoji and å ä ö', () => {
  const offsets = new TextOffsets(text);
  assert.equal(offsets.codePointLength, Array.from(text).length);
  const chars = Array.from(text);
  let utf16 = 0;
  for (let cp = 0; cp <= chars.length; cp++) {
    assert.equal(offsets.toUtf16(cp), utf16, `code point ${cp}`);
    assert.equal(offsets.toCodePoint(utf16), cp, `utf16 ${utf16}`);
    utf16 += chars[cp]?.length ?? 0;
  }
});

test('a slice by code points equals the characters a user selected', () => {
  const offsets = new TextOffsets(text);
  const start = Array.from(text).indexOf('🙂');
  assert.equal(offsets.slice(start, start + 6), '🙂 höra');
  const family = text.indexOf('👩');
  const cpStart = offsets.toCodePoint(family);
  assert.equal(offsets.slice(cpStart, cpStart + 5), '👩‍👩‍👧');
});

test('an index inside a surrogate pair rounds down to the character start', () => {
  const offsets = new TextOffsets('a🙂b');
  assert.equal(offsets.toCodePoint(2), 1);
  assert.equal(offsets.toCodePoint(3), 2);
});

test('normalisation removes the BOM, unifies line ends and composes å', () => {
  const decomposed = '\uFEFFHa\u0308rno\u0308sand\r\nrad två\rrad tre';
  assert.equal(normaliseText(decomposed), 'Härnösand\nrad två\nrad tre');
  assert.equal(codePointLength(normaliseText(decomposed)), 'Härnösand\nrad två\nrad tre'.length);
});

test('control characters and bidirectional overrides never reach a stored text', () => {
  const hostile = 'R: admin\u202Etxt.exe\u202C och\u0007 klockan\u0000 \u2066isolerat\u2069\tslut';
  assert.equal(normaliseText(hostile), 'R: admintxt.exe och klockan isolerat\tslut');
});
