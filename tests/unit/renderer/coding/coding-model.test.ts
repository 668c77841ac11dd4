import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bothEnds, shortSnippet } from '../../../../renderer/src/coding/coding-model';

test('a short snippet is flattened and kept whole', () => {
  assert.equal(shortSnippet('  Vi fick\n stöd 🙂 '), 'Vi fick stöd 🙂');
});

test('a long snippet is cut on a word boundary with an ellipsis, however long it is', () => {
  const long = `${'Samverkan är svår i Härnösand. '.repeat(2000)}slut`;
  const short = shortSnippet(long, 40);
  assert.ok(short.endsWith('…'));
  assert.ok(short.length <= 41);
  assert.ok(long.startsWith(short.slice(0, -1)));
  // Whitespace is not text: leading space is dropped, and a gap of it does not hide the rest.
  assert.equal(
    shortSnippet(`${' '.repeat(500)}ord ${'x'.repeat(10)}`, 40),
    `ord ${'x'.repeat(10)}`,
  );
  assert.equal(shortSnippet(`ord${' '.repeat(500)}mer text`, 40), 'ord…');
});

test('both ends of a long selection, for judging its bounds', () => {
  assert.equal(bothEnds('kort text'), 'kort text');
  const text = `Början av citatet ${'mitten '.repeat(100)}och slutet här.`;
  const shown = bothEnds(text, 20);
  assert.ok(shown.startsWith('Början av citatet'));
  assert.ok(shown.endsWith('och slutet här.'));
  assert.ok(shown.includes(' … '));
});
