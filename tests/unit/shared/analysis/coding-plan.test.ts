import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt, planCodings } from '../../../../shared/analysis/coding-plan';
import { TextUnits, type Span } from '../../../../shared/analysis/text-units';

const text = [
  'Intervjuare: Hur går det med bostäder 🙂 i Härnösand?',
  'Respondent 1: Bostäderna räcker inte. Vi bygger nya bostäder, men bostäderna blir dyra.',
  'Intervjuare: Och skolan?',
].join('\n');
const units = new TextUnits(text);
const chars = Array.from(text);

/** Code-point spans of every match of a word, as a search would give them. */
function hitsOf(pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((m) => {
    const start = Array.from(text.slice(0, m.index)).length;
    return { start, end: start + Array.from(m[0]).length };
  });
}
const read = (span: Span) => chars.slice(span.start, span.end).join('');
const hits = hitsOf(/bostäder/giu);

test('hits in one unit make one coding; each keeps its hits', () => {
  assert.equal(hits.length, 4);
  const turns = planCodings(units, hits, 'turn');
  assert.deepEqual(
    turns.codings.map((c) => [read(c).slice(0, 12), c.hits]),
    [
      ['Hur går det ', [0]],
      ['Bostäderna r', [1, 2, 3]],
    ],
  );
  const sentences = planCodings(units, hits, 'sentence');
  assert.deepEqual(
    sentences.codings.map((c) => [read(c), c.hits]),
    [
      ['Hur går det med bostäder 🙂 i Härnösand?', [0]],
      ['Bostäderna räcker inte.', [1]],
      ['Vi bygger nya bostäder, men bostäderna blir dyra.', [2, 3]],
    ],
  );
  const own = planCodings(units, hits, 'hit');
  assert.equal(own.codings.length, 4);
  assert.deepEqual(own.codings.map(read), ['bostäder', 'Bostäder', 'bostäder', 'bostäder']);
});

test('no coding begins with a speaker label; a hit in a label alone is left out', () => {
  const labelled = hitsOf(/Intervjuare/gu);
  const plan = planCodings(units, labelled, 'hit');
  assert.deepEqual(plan, { codings: [], unplaced: [0, 1] });
  for (const unit of ['sentence', 'paragraph', 'turn'] as const) {
    for (const coding of planCodings(units, [...hits, ...labelled], unit).codings) {
      assert.ok(!/^(Intervjuare|Respondent)/.test(read(coding)), `${unit}: ${read(coding)}`);
    }
  }
});

test('the same hit given twice, or overlapping hits, make one coding', () => {
  const [first] = hits;
  assert.ok(first);
  const plan = planCodings(
    units,
    [first, first, { start: first.start + 2, end: first.end + 3 }],
    'hit',
  );
  assert.equal(plan.codings.length, 1);
  assert.deepEqual(plan.codings[0]?.hits, [0, 1, 2]);
  assert.equal(read(plan.codings[0] as Span), 'bostäder 🙂');
});

test('an excerpt marks the hits, whole when short, cut at spaces around the first hit when long', () => {
  const [coding] = planCodings(units, hits.slice(1), 'turn').codings;
  assert.ok(coding);
  const parts = excerpt(units, coding, hits);
  assert.equal(parts.map((p) => p.text).join(''), read(coding));
  assert.deepEqual(
    parts.filter((p) => p.kind === 'hit').map((p) => p.text),
    ['Bostäder', 'bostäder', 'bostäder'],
  );
  const long = `R: ${'Ord och ord. '.repeat(40)}Här är bostäder 🙂 nämnda. ${'Mer text här. '.repeat(40)}`;
  const longUnits = new TextUnits(long);
  const at = Array.from(long.slice(0, long.indexOf('bostäder'))).length;
  const turn = longUnits.expand({ start: at, end: at + 8 }, 'turn');
  assert.ok(turn);
  const cut = excerpt(longUnits, turn, [{ start: at, end: at + 8 }], 120);
  const shown = cut.map((p) => p.text).join('');
  assert.deepEqual(
    [cut[0], cut.at(-1)],
    [
      { text: '…', kind: 'context' },
      { text: '…', kind: 'context' },
    ],
  );
  assert.ok(shown.length < 160, shown);
  assert.ok(shown.includes('Här är bostäder 🙂'), shown);
  assert.ok(/^…\S/u.test(shown) && /\S…$/u.test(shown), shown);
});

test('a short coding shows a few words of its paragraph around it, never the label', () => {
  const [hit] = planCodings(units, hits, 'hit').codings;
  assert.ok(hit);
  const parts = excerpt(units, hit, hits);
  assert.deepEqual(parts, [
    { text: 'Hur går det med ', kind: 'context' },
    { text: 'bostäder', kind: 'hit' },
    { text: ' 🙂 i Härnösand?', kind: 'context' },
  ]);
  const [sentence] = planCodings(units, hits.slice(2), 'sentence').codings;
  assert.ok(sentence);
  assert.deepEqual(excerpt(units, sentence, hits)[0], {
    text: 'Bostäderna räcker inte. ',
    kind: 'context',
  });
});
