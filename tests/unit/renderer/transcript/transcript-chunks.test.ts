import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  chunkAt,
  chunkBlocks,
  chunkSignature,
  chunksCovering,
  estimateHeight,
} from '../../../../renderer/src/transcript/transcript-chunks';
import { layoutTranscript } from '../../../../renderer/src/transcript/transcript-layout';

const lines = Array.from(
  { length: 100 },
  (_, i) => `${i % 2 ? 'R' : 'I'}: Rad ${i} om samverkan i Härnösand.`,
);
const text = lines.join('\n');

test('chunks hold every block once, in order, within the size limits', () => {
  const blocks = layoutTranscript(text, []);
  const chunks = chunkBlocks(blocks, 30, 100_000);
  assert.deepEqual(
    chunks.map((c) => c.blocks.length),
    [30, 30, 30, 10],
  );
  assert.deepEqual(
    chunks.flatMap((c) => c.blocks),
    blocks,
  );
  assert.equal(chunks[0]?.start, 0);
  assert.equal(chunks.at(-1)?.end, text.length);
  // A character limit cuts earlier for long paragraphs.
  const byChars = chunkBlocks(blocks, 1000, 200);
  assert.ok(byChars.every((c) => c.end - c.start <= 200 + 40));
});

test('the chunk of an offset, and the chunks a range covers', () => {
  const chunks = chunkBlocks(layoutTranscript(text, []), 30);
  const secondStart = chunks[1]?.start ?? 0;
  assert.equal(chunkAt(chunks, 0), 0);
  assert.equal(chunkAt(chunks, secondStart - 1), 0);
  assert.equal(chunkAt(chunks, secondStart), 1);
  assert.equal(chunkAt(chunks, text.length + 10), 3);
  assert.deepEqual(chunksCovering(chunks, secondStart - 5, secondStart + 5), [0, 1]);
  assert.deepEqual(chunksCovering(chunks, secondStart, secondStart + 1), [1]);
  assert.deepEqual(chunkAt([], 5), 0);
});

test('a placeholder is about as tall as its text will be', () => {
  const [chunk] = chunkBlocks(layoutTranscript('a'.repeat(140) + '\n' + 'b'.repeat(10), []));
  assert.ok(chunk);
  assert.equal(
    estimateHeight(chunk, { charsPerLine: 70, lineHeight: 20, blockGap: 10 }),
    3 * 20 + 2 * 10,
  );
});

test('a chunk’s signature changes with its codings, their colours and activity, not others’', () => {
  const start = text.indexOf('Rad 3');
  const codings = [{ id: 'k1', start, end: start + 5 }];
  const chunks = chunkBlocks(layoutTranscript(text, codings), 30);
  const plain = chunkBlocks(layoutTranscript(text, []), 30);
  const describe = (id: string) => (id === 'k1' ? '#ff0000' : '');
  const at = (list: typeof chunks, i: number) => {
    const chunk = list[i];
    assert.ok(chunk);
    return chunk;
  };
  const sig = (list: typeof chunks, i: number, active = false) =>
    chunkSignature(at(list, i), describe, () => active);
  assert.notEqual(sig(chunks, 0), sig(plain, 0));
  assert.equal(sig(chunks, 1), sig(plain, 1));
  assert.notEqual(sig(chunks, 0, true), sig(chunks, 0, false));
  const recoloured = chunkSignature(
    at(chunks, 0),
    () => '#00ff00',
    () => false,
  );
  assert.notEqual(recoloured, sig(chunks, 0));
});
