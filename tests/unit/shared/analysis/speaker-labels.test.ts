import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLine, speakerLabel } from '../../../../shared/analysis/speaker-labels';

test('short labels, with or without a number, start a turn', () => {
  const lines: [string, string][] = [
    ['I: Hur gick det?', 'I:'],
    ['R: 650 företag, ungefär.', 'R:'],
    ['R2: Ja.', 'R2:'],
    ['Intervjuare: Hur har kompetensförsörjningen gått?', 'Intervjuare:'],
    ['Respondent 1: Det har varit svårt.', 'Respondent 1:'],
    ['Deltagare 2: Jag håller med.', 'Deltagare 2:'],
    ['Åsa Öberg: Vi började i Örnsköldsvik.', 'Åsa Öberg:'],
    ['Projektledare A: Först kartlade vi.', 'Projektledare A:'],
    ['Ann-Sofie:\tJa, precis.', 'Ann-Sofie:'],
    ['R: 12.', 'R:'],
  ];
  for (const [line, label] of lines) assert.equal(speakerLabel(line), label, line);
});

test('metadata lines are not turns: a known header word, or a date, time or number', () => {
  for (const line of [
    'Datum: 2012-03-14',
    'Tid: 10:15',
    'Tid: 10:15–11:30',
    'Plats: Härnösand',
    'Längd: 45 min',
    'Date: 14 March 2012',
    'Start: 14.3.2012',
    'Kommun: Kramfors',
  ]) {
    assert.equal(classifyLine(line).kind, 'metadata', line);
    assert.equal(speakerLabel(line), '', line);
  }
});

test('a sentence with a colon is text, not a turn', () => {
  for (const line of [
    'Det var så här: vi började tidigt.',
    'Vi gjorde tre saker: kartläggning, utbildning och uppföljning.',
    'Men det är klart, det är sårbart: om någon slutar faller allt.',
    'Kl:10 började vi',
    'Intervju nr: 7',
    'https://example.org is a link',
    ': tom etikett',
    'i: liten bokstav',
    'Ett mycket långt namn som inte är någon etikett alls: nej',
  ]) {
    assert.equal(classifyLine(line).kind, 'text', line);
  }
});

test('a very long line is read quickly and stays text or a turn', () => {
  const long = `R: ${'1'.repeat(200_000)}x`;
  assert.equal(speakerLabel(long), 'R:');
  assert.equal(classifyLine(`Värde: ${'1 '.repeat(100_000)}x`).kind, 'speaker');
});
