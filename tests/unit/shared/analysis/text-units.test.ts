import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextUnits, type Span, type TextUnit } from '../../../../shared/analysis/text-units';

const text = [
  'Datum: 2012-03-14',
  'Plats: Härnösand',
  '',
  'Intervjuare: Hur har kompetensförsörjningen gått 🙂, t.ex. när det gäller bostäder?',
  '',
  'Respondent 1: Det har varit svårt. Bostäderna räcker inte, bl.a. för lärlingarna. Vi har byggt nya bostäder!',
  'Men det tar tid… Ungefär tre år.',
  '',
  'Deltagare 2: Jag håller med. ”Det blir bättre.” Sa Åsa.',
].join('\n');
const chars = Array.from(text);
const units = new TextUnits(text);

/** The code-point span of the n-th occurrence of a phrase. */
function find(phrase: string, nth = 0): Span {
  let from = -1;
  for (let i = 0; i <= nth; i++) from = text.indexOf(phrase, from + 1);
  assert.ok(from >= 0, phrase);
  const start = Array.from(text.slice(0, from)).length;
  return { start, end: start + Array.from(phrase).length };
}
const slice = (span: Span | null) => (span ? chars.slice(span.start, span.end).join('') : null);
const unitOf = (phrase: string, unit: TextUnit, nth = 0) =>
  slice(units.expand(find(phrase, nth), unit));

test('a hit grows to its sentence; "t.ex." and "bl.a." do not end one, … ! ? do', () => {
  assert.equal(
    unitOf('bostäder', 'sentence'),
    'Hur har kompetensförsörjningen gått 🙂, t.ex. när det gäller bostäder?',
  );
  assert.equal(unitOf('Bostäderna', 'sentence'), 'Bostäderna räcker inte, bl.a. för lärlingarna.');
  assert.equal(unitOf('svårt', 'sentence'), 'Det har varit svårt.');
  assert.equal(unitOf('byggt', 'sentence'), 'Vi har byggt nya bostäder!');
  assert.equal(unitOf('tar tid', 'sentence'), 'Men det tar tid…');
  assert.equal(unitOf('tre år', 'sentence'), 'Ungefär tre år.');
  // A closing quotation mark stays with its sentence.
  assert.equal(unitOf('bättre', 'sentence'), '”Det blir bättre.”');
  assert.equal(unitOf('håller', 'sentence'), 'Jag håller med.');
});

test('a paragraph is its line, a turn runs to the next label; neither holds the label', () => {
  assert.equal(
    unitOf('svårt', 'paragraph'),
    'Det har varit svårt. Bostäderna räcker inte, bl.a. för lärlingarna. Vi har byggt nya bostäder!',
  );
  assert.equal(unitOf('tar tid', 'paragraph'), 'Men det tar tid… Ungefär tre år.');
  const turn = unitOf('tar tid', 'turn');
  assert.ok(turn?.startsWith('Det har varit svårt.'), turn ?? '');
  assert.ok(turn?.endsWith('Ungefär tre år.'), turn ?? '');
  assert.equal(unitOf('svårt', 'turn'), turn);
  assert.equal(
    unitOf('gäller', 'turn'),
    'Hur har kompetensförsörjningen gått 🙂, t.ex. när det gäller bostäder?',
  );
});

test('offsets are code points: the emoji before a hit does not shift its unit', () => {
  const span = units.expand(find('bostäder'), 'turn');
  assert.ok(span);
  const utf16 = text.indexOf('Hur har');
  assert.equal(span.start, Array.from(text.slice(0, utf16)).length);
  assert.notEqual(span.start, utf16 - 1);
  assert.equal(slice(span)?.endsWith('bostäder?'), true);
});

test('metadata lines are no turn: a hit there is its own line', () => {
  assert.equal(unitOf('Härnösand', 'turn'), 'Plats: Härnösand');
  assert.equal(unitOf('2012', 'turn'), 'Datum: 2012-03-14');
});

test('a hit inside a speaker label is not coded as itself, and stands for its turn', () => {
  assert.equal(units.expand(find('Intervjuare'), 'hit'), null);
  assert.equal(unitOf('Respondent 1', 'sentence'), 'Det har varit svårt.');
  assert.ok(unitOf('Deltagare', 'turn')?.startsWith('Jag håller med.'));
});

test('clamp takes white space and labels off the edges only', () => {
  const start = find('Respondent 1: Det').start;
  assert.equal(slice(units.clamp({ start, end: find('svårt').end })), 'Det har varit svårt');
  const across = units.clamp({ start: find('Ungefär').start, end: find('Jag').end });
  assert.ok(slice(across)?.includes('Deltagare 2: Jag'));
  assert.ok(slice(across)?.startsWith('Ungefär'));
  const tail = units.clamp({ start: find('tre år.').start, end: find('Deltagare 2: ').end });
  assert.equal(slice(tail), 'tre år.');
  assert.equal(units.clamp(find('Intervjuare: ')), null);
});

test('word-wise moves land on word edges and step over labels', () => {
  const at = (phrase: string) => find(phrase).start;
  const end = (phrase: string) => find(phrase).end;
  // Forward from the start of a turn's line: the label is skipped.
  assert.equal(units.wordEdge(at('Intervjuare'), 'forward'), end('Hur'));
  assert.equal(units.wordEdge(end('Hur'), 'forward'), end('Hur har'));
  // Past the emoji and the comma to the end of "t".
  assert.equal(units.wordEdge(end('gått'), 'forward'), end('gått 🙂, t'));
  // Backward from a turn's first word: over the label to the previous line's last word.
  assert.equal(units.wordEdge(at('Det har varit'), 'backward'), at('bostäder?'));
  // Mid-word places snap to the word's edges; edges stay.
  const mid = at('ompetensförsörjningen');
  assert.equal(units.snapToWord(mid, 'start'), at('kompetensförsörjningen'));
  assert.equal(units.snapToWord(mid, 'end'), end('kompetensförsörjningen'));
  assert.equal(units.snapToWord(at('Hur'), 'start'), at('Hur'));
  // A hyphenated word is one word.
  const hyphen = new TextUnits('R: Ett EU-projekt här.');
  assert.equal(hyphen.wordEdge(7, 'forward'), 'R: Ett EU-projekt'.length);
});

test('paragraph-wise moves go to the ends of the line text, never into a label', () => {
  const p = find('Det har varit');
  const lineEnd = find('nya bostäder!').end;
  assert.equal(units.paragraphEdge(p.start + 3, 'forward'), lineEnd);
  assert.equal(units.paragraphEdge(lineEnd, 'forward'), find('Ungefär tre år.').end);
  assert.equal(units.paragraphEdge(p.start + 3, 'backward'), p.start);
  assert.equal(units.paragraphEdge(p.start, 'backward'), find('Hur har').start);
});

test('a selection grows to its sentence, then its paragraph, then its turn', () => {
  let span: Span | null = find('räcker');
  const steps: string[] = [];
  for (let grown = units.grow(span); grown; grown = units.grow(span)) {
    steps.push(`${grown.unit}: ${slice(grown.span)?.slice(0, 20)}`);
    span = grown.span;
  }
  assert.deepEqual(steps, [
    'sentence: Bostäderna räcker in',
    'paragraph: Det har varit svårt.',
    'turn: Det har varit svårt.',
  ]);
  // A turn of one sentence: from the sentence there is nothing larger.
  const question = units.grow(find('gäller'));
  assert.equal(question?.unit, 'sentence');
  assert.equal(question && units.grow(question.span), null);
});

test('a text without labels: a turn is its paragraph', () => {
  const plain = new TextUnits('Första stycket. Andra meningen.\nAndra stycket.');
  assert.deepEqual(plain.expand({ start: 2, end: 4 }, 'turn'), { start: 0, end: 31 });
  assert.deepEqual(plain.expand({ start: 18, end: 20 }, 'sentence'), { start: 16, end: 31 });
});
