import type { svCodingUnits } from './sv-coding-units';
import type { Shape } from './sv';

/** English messages about what a coding covers (see `sv-coding-units.ts`). */
export const enCodingUnits: Shape<typeof svCodingUnits> = {
  codingUnits: {
    extendTo: 'Extend to',
    unit: {
      hit: 'Hit',
      sentence: 'Sentence',
      paragraph: 'Paragraph',
      turn: 'Turn',
    },
    growKey: 'The + key extends the selection one step: sentence, paragraph, speaker turn.',
    grown: 'Selection extended to: {{unit}}.',
  },
  codeHits: {
    unitLegend: 'What is coded?',
    unit: {
      hit: 'The hit only',
      sentence: 'Its sentence',
      paragraph: 'Its paragraph',
      turn: 'Its speaker turn',
    },
    unitHint: {
      hit: 'Only the words that matched.',
      sentence: 'The sentence around each hit.',
      paragraph: 'The line or paragraph around each hit.',
      turn: 'The speaker’s whole turn, without the speaker label; the paragraph where no speaker is named.',
    },
    planning: 'Working out the codings…',
    hitsMake_one: '{{count}} hit makes',
    hitsMake_other: '{{count}} hits make',
    plan_one: '{{hitsMake}} {{count}} coding with “{{theme}}”.',
    plan_other: '{{hitsMake}} {{count}} codings with “{{theme}}”.',
    planNoTheme_one: '{{hitsMake}} {{count}} coding. Choose a theme to code with.',
    planNoTheme_other: '{{hitsMake}} {{count}} codings. Choose a theme to code with.',
    unplaced_one:
      '{{count}} hit is inside a speaker label (or a text that cannot be read) and is not coded.',
    unplaced_other:
      '{{count}} hits are inside a speaker label (or a text that cannot be read) and are not coded.',
    hitCount_one: '{{count}} hit',
    hitCount_other: '{{count}} hits',
    previewLabel: 'Codings to make',
    confirm_one: 'Make {{count}} coding',
    confirm_other: 'Make {{count}} codings',
    done_one: '{{count}} coding was made with “{{theme}}”. Undo removes it.',
    done_other: '{{count}} codings were made with “{{theme}}”. One Undo removes them all.',
  },
  themeFinder: {
    placeholder: 'Filter themes (T)',
    hint: 'T: find any theme. Arrows choose, Enter codes, Esc clears.',
    editHint: 'Type to filter. Arrows choose, Enter ticks, Esc clears.',
    matches_one: '{{count}} theme matches.',
    matches_other: '{{count}} themes match.',
    enterCodes: 'Enter codes with “{{theme}}”.',
    enterToggles: 'Enter ticks or unticks “{{theme}}”.',
  },
};
