import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cutSegments,
  layoutLines,
  layoutTranscript,
  speakerColumn,
  type CodedRange,
} from '../../../../renderer/src/transcript/transcript-layout';

const text = [
  'I: Hur gick det?',
  '',
  'R: Bra – vi fick stöd 🙂 i Örnsköldsvik.',
  'Sedan blev det tyst.',
].join('\n');

/** The straightforward layout the sweep must equal: every coding checked against every block. */
function naive(codings: readonly CodedRange[]) {
  return layoutTranscript(text, []).map((block) => {
    const touching = codings.filter((c) => c.start < block.end && c.end > block.start);
    const bodyStart = block.segments[0]?.start ?? block.start;
    return {
      ...block,
      segments: cutSegments(bodyStart, block.end, touching),
      codingIds: touching.map((c) => c.id),
    };
  });
}

test('speaker turns, empty lines skipped, spans cover the text exactly', () => {
  const blocks = layoutTranscript(text, []);
  assert.equal(blocks.length, 3);
  assert.equal(text.slice(blocks[1]?.speaker?.start, blocks[1]?.speaker?.end), 'R:');
  assert.equal(blocks[2]?.speaker, null);
  const body = blocks[1]?.segments.map((s) => text.slice(s.start, s.end)).join('');
  assert.equal(body, 'Bra – vi fick stöd 🙂 i Örnsköldsvik.');
});

test('the sweep lays codings over blocks exactly as checking each pair would', () => {
  const at = (s: string) => text.indexOf(s);
  const codings: CodedRange[] = [
    { id: 'late', start: at('stöd'), end: at('Sedan') + 5 },
    { id: 'first', start: at('Hur'), end: at('det?') + 4 },
    { id: 'inner', start: at('fick'), end: at('🙂') + 2 },
    { id: 'span-all', start: 0, end: text.length },
  ];
  assert.deepEqual(layoutTranscript(text, codings), naive(codings));
  // Colours follow the order the codings were given, not their start.
  const second = layoutTranscript(text, codings)[1];
  assert.deepEqual(second?.codingIds, ['late', 'inner', 'span-all']);
  const overlap = second?.segments.find((s) => text.slice(s.start, s.end) === 'stöd 🙂');
  assert.deepEqual(overlap?.codingIds, ['late', 'inner', 'span-all']);
});

test('labels follow the shared rule; the margin fits the longest, or labels go above', () => {
  const lines = layoutLines(
    ['Datum: 2012-03-14', 'Intervjuare: Hur?', 'Respondent 1: Så här.', 'Det var så: bra.'].join(
      '\n',
    ),
  );
  assert.deepEqual(
    lines.map((line) => line.speaker && line.speaker.end - line.speaker.start),
    [null, 'Intervjuare:'.length, 'Respondent 1:'.length, null],
  );
  assert.deepEqual(speakerColumn(lines), { chars: 'Respondent 1:'.length, above: false });
  const long = layoutLines('Projektledare Härnösand: Vi började.\nI: Hur?');
  assert.deepEqual(speakerColumn(long), { chars: 'Projektledare Härnösand:'.length, above: true });
  assert.deepEqual(speakerColumn(layoutLines('Bara text.')), { chars: 0, above: false });
});
