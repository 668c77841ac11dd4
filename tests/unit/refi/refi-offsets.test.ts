import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { coderName } from '../../../shared/model/users';
import { importRefiProject } from '../../../main/services/refi/refi-import';
import { reportText } from '../../../main/services/refi/import-report';
import { mapTextPositions } from '../../../main/services/refi/text-position-map';
import { fixtureQde, writeQdpx } from '../../helpers/qdpx-fixture';
import { tempDir } from '../../helpers/temp-dir';

// A ZWJ family emoji (5 code points, 8 UTF-16 units) early on, so the conventions part ways;
// a combining accent (NFD "é") that Fynd stores composed, and Windows line ends.
const raw = '👩‍👩‍👧 Hej på dig, sa hon och e\u0301n bit till.\r\nRad två 😀 är slut.\r\nSista raden.';
const words = ['dig', 'e\u0301n', 'två', 'slut', 'Sista raden'];
const expected = ['dig', 'én', 'två', 'slut', 'Sista raden'];
const bom = new Uint8Array([0xef, 0xbb, 0xbf]);

function utf16Offsets(word: string) {
  const start = raw.indexOf(word);
  return { start, end: start + word.length };
}

function codePointOffsets(word: string, crlfAsOne: boolean) {
  const text = crlfAsOne ? raw.replace(/\r\n/g, '\n') : raw;
  const at = text.indexOf(word);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...word].length };
}

async function importWith(
  offsets: (word: string) => { start: number; end: number },
  withBom: boolean,
) {
  const dir = await tempDir();
  const body = new TextEncoder().encode(raw);
  const file = await writeQdpx(join(dir, 'p.qdpx'), {
    'project.qde': fixtureQde([...words.map(offsets), { start: 5, end: 9999 }]),
    'Sources/00000000-0000-4000-8000-000000000020.txt': withBom
      ? new Uint8Array([...bom, ...body])
      : body,
  });
  return importRefiProject(file, { lang: 'en' });
}

test('NVivo offsets (UTF-16 units, CR LF as 2, BOM not counted) land on the same words in the stored text', async () => {
  const { built, report, readings } = await importWith(utf16Offsets, true);
  const data = built.file.data;
  assert.deepEqual(
    data.codings.map((c) => c.snippet),
    expected,
  );
  assert.deepEqual(readings[0]?.convention, { units: 'utf16', crlf: 2, bomCounted: false });
  const text = built.texts.get(data.sources[0]?.id ?? '') ?? '';
  assert.equal(text, raw.replace(/\r\n/g, '\n').normalize('NFC'));
  const lines = reportText(report, 'en').join('\n');
  assert.match(lines, /UTF-16 code units .*CR LF as two positions, BOM not counted; 5 of 6/);
  // The selection that runs past the text is named, not shifted into it.
  assert.match(lines, /passage s5 \(5–9999\) fits no offset convention and was not imported/);
});

test('code point offsets counted with CR LF as 1 land on the same words', async () => {
  const { built, readings } = await importWith((w) => codePointOffsets(w, true), false);
  assert.deepEqual(
    built.file.data.codings.map((c) => c.snippet),
    expected,
  );
  assert.deepEqual(readings[0]?.convention, { units: 'codepoints', crlf: 1, bomCounted: false });
});

test('offsets that counted the BOM as position 0 are found as such', async () => {
  const { built, readings } = await importWith((w) => {
    const o = utf16Offsets(w);
    return { start: o.start + 1, end: o.end + 1 };
  }, true);
  assert.deepEqual(
    built.file.data.codings.map((c) => c.snippet),
    expected,
  );
  assert.equal(readings[0]?.convention.bomCounted, true);
});

test('coders, themes and times come from the project: coder name, colour, definition', async () => {
  const { built } = await importWith(utf16Offsets, false);
  const data = built.file.data;
  assert.equal(coderName(data.users, data.codings[0]?.coderId ?? ''), 'Åsa');
  assert.equal(data.codings[0]?.created, '2024-03-01T10:00:00.000Z');
  assert.deepEqual(
    data.themes.map((t) => [t.name, t.colour, t.definition]),
    [['Röst', '#aa3300', 'Vad de säger']],
  );
  // GUIDs that are valid ids are kept, so the same project imported twice names the same things.
  assert.equal(data.themes[0]?.id, '00000000-0000-4000-8000-000000000010');
});

test('every original position maps to the stored text exactly, or says it was inside a merged character', () => {
  const map = mapTextPositions('a\r\nb e\u0301 😀 c\u202Ed');
  assert.equal(map.text, 'a\nb é 😀 cd');
  assert.deepEqual(map.offsetOf(1, 'down'), { offset: 1, exact: true });
  assert.deepEqual(map.offsetOf(2, 'down'), { offset: 1, exact: false });
  assert.deepEqual(map.offsetOf(3, 'down'), { offset: 2, exact: true });
  // Between "e" and its accent: no exact place; a start rounds down, an end up.
  assert.deepEqual(map.offsetOf(6, 'down'), { offset: 4, exact: false });
  assert.deepEqual(map.offsetOf(6, 'up'), { offset: 5, exact: false });
  // Inside the emoji's surrogate pair.
  assert.equal(map.offsetOf(9, 'down').exact, false);
  assert.equal(map.length, [...map.text].length);
});
