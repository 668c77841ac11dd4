import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ChunkHeights,
  chunkAt,
  chunkLines,
  chunkSignature,
  chunksCovering,
  codingsByChunk,
  estimateHeight,
  keptChunks,
} from '../../../../renderer/src/transcript/transcript-chunks';
import { layoutLines } from '../../../../renderer/src/transcript/transcript-layout';

const lines = Array.from(
  { length: 100 },
  (_, i) => `${i % 2 ? 'R' : 'I'}: Rad ${i} om samverkan i Härnösand.`,
);
const text = lines.join('\n');

test('chunks hold every line once, in order, within the size limits', () => {
  const all = layoutLines(text);
  const chunks = chunkLines(all, 30, 100_000);
  assert.deepEqual(
    chunks.map((c) => c.lines.length),
    [30, 30, 30, 10],
  );
  assert.deepEqual(
    chunks.flatMap((c) => c.lines),
    all,
  );
  assert.equal(chunks[0]?.start, 0);
  assert.equal(chunks.at(-1)?.end, text.length);
  // A character limit cuts earlier for long paragraphs.
  const byChars = chunkLines(all, 1000, 200);
  assert.ok(byChars.every((c) => c.end - c.start <= 200 + 40));
});

test('the chunk of an offset, and the chunks a range covers', () => {
  const chunks = chunkLines(layoutLines(text), 30);
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
  const [chunk] = chunkLines(layoutLines('a'.repeat(140) + '\n' + 'b'.repeat(10)));
  assert.ok(chunk);
  assert.equal(
    estimateHeight(chunk, { charsPerLine: 70, lineHeight: 20, blockGap: 10 }),
    3 * 20 + 2 * 10,
  );
});

test('each chunk has the codings touching it, in the order given; one over an edge is in both', () => {
  const chunks = chunkLines(layoutLines(text), 30);
  const edge = chunks[1]?.start ?? 0;
  const codings = [
    { id: 'late', start: edge + 10, end: edge + 20 },
    { id: 'across', start: edge - 8, end: edge + 8 },
    { id: 'early', start: 0, end: 5 },
  ];
  const byChunk = codingsByChunk(chunks, codings);
  assert.deepEqual(
    byChunk.map((list) => list.map((c) => c.id)),
    [['across', 'early'], ['late', 'across'], [], []],
  );
});

test('a chunk’s signature changes with its codings, their bounds, colours and activity', () => {
  const coding = { id: 'k1', start: 3, end: 8, colours: ['#ff0000'], label: 'Samverkan' };
  const sig = (list: (typeof coding)[], active = false) => chunkSignature(list, () => active);
  assert.notEqual(sig([coding]), sig([]));
  assert.equal(sig([coding]), sig([{ ...coding }]));
  assert.notEqual(sig([coding], true), sig([coding], false));
  assert.notEqual(sig([{ ...coding, colours: ['#00ff00'] }]), sig([coding]));
  assert.notEqual(sig([{ ...coding, end: 9 }]), sig([coding]));
  assert.notEqual(sig([{ ...coding, label: 'Ägarskap' }]), sig([coding]));
});

test('the chunks kept drawn: those wanted and those holding a pinned offset', () => {
  const chunks = chunkLines(layoutLines(text), 30);
  const last = chunks.at(-1)?.start ?? 0;
  assert.deepEqual([...keptChunks(chunks, [1], [5, last + 1])].sort(), [0, 1, 3]);
});

test('a placeholder is as tall as its chunk was when drawn; others are scaled estimates', () => {
  const chunks = chunkLines(layoutLines(text), 30);
  const model = { charsPerLine: 70, lineHeight: 20, blockGap: 10 };
  const heights = new ChunkHeights(model, chunks.length);
  const [first, second, third] = chunks;
  assert.ok(first && second && third);
  const estimate = estimateHeight(second, model);
  // The first chunk drew twice as tall as estimated: the others' estimates double.
  heights.record(first, estimateHeight(first, model) * 2);
  assert.equal(heights.heightOf(second), estimate * 2);
  heights.record(third, 123);
  assert.equal(heights.heightOf(third), 123);
});
