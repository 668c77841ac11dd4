import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { pseudonymiser } from '../../../shared/analysis/pseudonymise';

const names = [
  { real: 'Birgitta Holmgren', pseudonym: 'Tjänsteperson 1' },
  { real: 'Lars-Erik Sjödin', pseudonym: 'Tjänsteperson 2' },
  { real: 'Lars', pseudonym: 'Person L' },
  { real: 'Jenny Åkerlund', pseudonym: 'Tjänsteperson 4' },
  { real: 'Åsa', pseudonym: 'Person Å' },
];
const replace = pseudonymiser(names);

test('replaces listed names, whole words only, whatever their case', () => {
  assert.equal(replace('Birgitta Holmgren ringde.'), 'Tjänsteperson 1 ringde.');
  assert.equal(
    replace('BIRGITTA HOLMGREN och birgitta holmgren'),
    'Tjänsteperson 1 och Tjänsteperson 1',
  );
  assert.equal(replace('Larsson och Larsbo'), 'Larsson och Larsbo');
  assert.equal(replace('Hej Lars!'), 'Hej Person L!');
  assert.equal(replace('Lars, 42, sa'), 'Person L, 42, sa');
  assert.equal(replace('Holmgren ensam'), 'Holmgren ensam', 'only listed names are replaced');
});

test('is Unicode-aware: Å, å and decomposed å all match; Åsa does not match inside Kåsa', () => {
  assert.equal(replace('Jenny Åkerlund driver'), 'Tjänsteperson 4 driver');
  assert.equal(replace('jenny åkerlund driver'), 'Tjänsteperson 4 driver');
  assert.equal(replace('Jenny A\u030akerlund driver'), 'Tjänsteperson 4 driver');
  assert.equal(replace('ÅSA och åsa'), 'Person Å och Person Å');
  assert.equal(replace('Kåsa och Åsalund'), 'Kåsa och Åsalund');
});

test('the longest name wins, and a pseudonym is never replaced again', () => {
  assert.equal(replace('Lars-Erik Sjödin och Lars'), 'Tjänsteperson 2 och Person L');
  const chained = pseudonymiser([
    { real: 'Anna', pseudonym: 'Bo' },
    { real: 'Bo', pseudonym: 'Cecilia' },
  ]);
  assert.equal(chained('Anna och Bo'), 'Bo och Cecilia');
});

test('keeps the Swedish genitive s and catches names across line breaks and other dashes', () => {
  assert.equal(replace('Birgitta Holmgrens roll'), 'Tjänsteperson 1s roll');
  assert.equal(replace("Holmgren's"), "Holmgren's");
  assert.equal(replace("Lars's idea"), "Person L's idea");
  assert.equal(replace('Birgitta\nHolmgren'), 'Tjänsteperson 1');
  assert.equal(replace('Birgitta\u00a0 Holmgren'), 'Tjänsteperson 1');
  assert.equal(replace('Lars\u2013Erik Sjödin'), 'Tjänsteperson 2');
  assert.equal(replace('Holmgrensson'), 'Holmgrensson');
});

test('treats regular-expression characters in names literally', () => {
  const odd = pseudonymiser([{ real: 'A. (Bertil) Ek*', pseudonym: 'X' }]);
  assert.equal(odd('Intervju med A. (Bertil) Ek* i dag'), 'Intervju med X i dag');
  assert.equal(odd('A  Bertil Ek'), 'A  Bertil Ek');
});

test('without names it returns the text unchanged', () => {
  const none = pseudonymiser([]);
  assert.equal(none('Birgitta Holmgren'), 'Birgitta Holmgren');
});

test('no listed name survives, wherever it stands in random text', () => {
  const word = fc.stringMatching(/^[a-zåäö ,.-]{0,12}$/);
  fc.assert(
    fc.property(
      fc.array(fc.oneof(word, fc.constantFrom(...names.map((n) => n.real))), { maxLength: 8 }),
      fc.constantFrom(' ', '\n', ', ', '. '),
      (parts, glue) => {
        const out = replace(parts.join(glue));
        // A listed name may only remain inside a longer word (as "Lars" in "Larsson").
        for (const { real } of names) {
          const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${real}(?![\\p{L}\\p{N}])`, 'iu');
          const leftover = out.match(pattern);
          if (leftover) assert.fail(`"${real}" left in "${out}"`);
        }
      },
    ),
    { numRuns: 500 },
  );
});
