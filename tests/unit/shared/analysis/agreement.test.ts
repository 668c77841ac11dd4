import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  agreementFigures,
  disagreementsOf,
  measureAgreement,
  unitGrid,
  type CrossTable,
  type UnitGrid,
} from '../../../../shared/analysis/agreement';
import { TextUnits } from '../../../../shared/analysis/text-units';

/** A cross table from two coders' decisions, unit by unit (1 coded, 0 not). */
function tableOf(first: readonly number[], second: readonly number[]): CrossTable {
  const table = { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
  first.forEach((a, i) => {
    const b = second[i];
    if (a && b) table.both++;
    else if (a) table.firstOnly++;
    else if (b) table.secondOnly++;
    else table.neither++;
  });
  return table;
}

const close = (actual: number | null, expected: number, digits = 3) => {
  assert.notEqual(actual, null);
  assert.equal(Number((actual ?? NaN).toFixed(digits)), expected);
};

test("Krippendorff's worked example (binary, two observers, no missing data): α = 0.095", () => {
  // Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section A.
  const figures = agreementFigures(
    tableOf([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]),
  );
  close(figures.alpha, 0.095);
  assert.equal(figures.percent, 60);
  assert.equal(figures.units, 10);
});

test("Cohen's κ on the textbook 2 × 2 example (20, 5, 10, 15 of 50): κ = 0.4, 70 %", () => {
  const figures = agreementFigures({ both: 20, firstOnly: 5, secondOnly: 10, neither: 15 });
  close(figures.kappa, 0.4);
  close(figures.percent, 70);
});

test('what the data cannot define is null, never 0: no units, or one category only', () => {
  const none = agreementFigures({ both: 0, firstOnly: 0, secondOnly: 0, neither: 0 });
  assert.deepEqual(none, { percent: null, kappa: null, alpha: null, units: 0 });
  // Both coders coded nothing: full agreement, but κ and α have no variation to measure.
  const silent = agreementFigures({ both: 0, firstOnly: 0, secondOnly: 0, neither: 40 });
  assert.equal(silent.percent, 100);
  assert.equal(silent.kappa, null);
  assert.equal(silent.alpha, null);
  // One coder always, the other never: κ is 0 by its formula, α is defined and negative.
  const apart = agreementFigures({ both: 0, firstOnly: 10, secondOnly: 0, neither: 0 });
  assert.equal(apart.percent, 0);
  assert.equal(apart.kappa, 0);
});

/** A plain reference: every unit decided one by one, κ and α by their textbook formulas. */
function reference(first: boolean[], second: boolean[]) {
  const n = first.length;
  let agree = 0;
  let a1 = 0;
  let b1 = 0;
  // The coincidence matrix counts each unit's ordered pairs of values (2 per unit): o[2v + w].
  const o = [0, 0, 0, 0];
  const bump = (v: number, w: number) => (o[2 * v + w] = (o[2 * v + w] ?? 0) + 1);
  for (let i = 0; i < n; i++) {
    const a = first[i] ? 1 : 0;
    const b = second[i] ? 1 : 0;
    if (a === b) agree++;
    a1 += a;
    b1 += b;
    bump(a, b);
    bump(b, a);
  }
  const [o00 = 0, o01 = 0, o10 = 0, o11 = 0] = o;
  const po = agree / n;
  const pe = (a1 / n) * (b1 / n) + (1 - a1 / n) * (1 - b1 / n);
  const n0 = o00 + o01;
  const n1 = o10 + o11;
  const observedDisagreement = o01 + o10;
  const expectedDisagreement = (2 * n0 * n1) / (n0 + n1 - 1);
  return {
    percent: po * 100,
    kappa: pe === 1 ? null : (po - pe) / (1 - pe),
    alpha: expectedDisagreement === 0 ? null : 1 - observedDisagreement / expectedDisagreement,
  };
}

const near = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;

test('on random codings, the interval arithmetic agrees with the unit-by-unit reference', () => {
  const span = fc
    .tuple(fc.nat({ max: 59 }), fc.integer({ min: 1, max: 20 }))
    .map(([start, length]) => ({ start, end: Math.min(60, start + length) }));
  const codings = fc.array(
    fc.record({ span, coder: fc.constantFrom('Ada', 'Bo'), theme: fc.constantFrom('t1', 't2') }),
    { maxLength: 25 },
  );
  fc.assert(
    fc.property(codings, fc.boolean(), (drawn, bySentence) => {
      // Sentences of 6 characters with a space between: the space is no unit.
      const spans = Array.from({ length: 10 }, (_, i) => ({ start: i * 6, end: i * 6 + 5 }));
      const grid: UnitGrid = bySentence ? unitGrid(60, spans) : unitGrid(60);
      const report = measureAgreement({
        unit: bySentence ? 'sentence' : 'character',
        coders: ['Ada', 'Bo'],
        themes: [{ id: 't1' }, { id: 't2' }],
        codings: drawn.map((c) => ({
          ...c.span,
          coderId: c.coder,
          sourceId: 's',
          themeIds: [c.theme],
        })),
        grids: new Map([['s', grid]]),
      });
      const both = drawn.some((c) => c.coder === 'Ada') && drawn.some((c) => c.coder === 'Bo');
      if (!both) return report.themes.length === 0 && report.overall.units === 0;
      const units = bySentence
        ? spans
        : Array.from({ length: 60 }, (_, i) => ({ start: i, end: i + 1 }));
      const decide = (coder: string, theme: string) =>
        units.map((unit) =>
          drawn.some(
            (c) =>
              c.coder === coder &&
              c.theme === theme &&
              c.span.start < unit.end &&
              c.span.end > unit.start,
          ),
        );
      const pooled: [boolean[], boolean[]] = [[], []];
      for (const theme of report.themes) {
        const first = decide('Ada', theme.themeId);
        const second = decide('Bo', theme.themeId);
        pooled[0].push(...first);
        pooled[1].push(...second);
        const expected = reference(first, second);
        if (!near(theme.percent, expected.percent)) return false;
        if (!near(theme.kappa, expected.kappa)) return false;
        if (!near(theme.alpha, expected.alpha)) return false;
      }
      const overall = reference(...pooled);
      return (
        near(report.overall.kappa, overall.kappa) &&
        near(report.overall.alpha, overall.alpha) &&
        report.overall.units === pooled[0].length
      );
    }),
    { numRuns: 300 },
  );
});

test('only sources both coders coded count; a theme neither used there is not listed', () => {
  const report = measureAgreement({
    unit: 'character',
    coders: ['Ada', 'Bo'],
    themes: [{ id: 'unused' }, { id: 'a' }, { id: 'b' }],
    codings: [
      { sourceId: 's1', start: 0, end: 10, themeIds: ['a'], coderId: 'Ada' },
      { sourceId: 's1', start: 5, end: 10, themeIds: ['a', 'b'], coderId: 'Bo' },
      { sourceId: 's1', start: 0, end: 10, themeIds: ['b'], coderId: 'Cy' },
      // Only Ada coded s2: it is not shared, so its 100 characters are no units.
      { sourceId: 's2', start: 0, end: 50, themeIds: ['a'], coderId: 'Ada' },
    ],
    grids: new Map([
      ['s1', unitGrid(20)],
      ['s2', unitGrid(100)],
    ]),
  });
  assert.deepEqual(report.sourceIds, ['s1']);
  assert.deepEqual(
    report.themes.map((t) => [t.themeId, t.table]),
    [
      ['a', { both: 5, firstOnly: 5, secondOnly: 0, neither: 10 }],
      ['b', { both: 0, firstOnly: 0, secondOnly: 5, neither: 15 }],
    ],
  );
  assert.equal(report.overall.units, 40);
});

test('a sentence or a paragraph counts as coded when any of its characters is', () => {
  const text = [
    'Intervjuare: Hur gick det? Berätta gärna.',
    'Respondent 1: Det gick bra. Vi samverkade.',
    'Mycket faktiskt.',
  ].join('\n');
  const units = new TextUnits(text);
  const at = (phrase: string) => {
    const start = text.indexOf(phrase);
    return { start, end: start + phrase.length };
  };
  const sentences = units.allUnits('sentence');
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ['Hur gick det?', 'Berätta gärna.', 'Det gick bra.', 'Vi samverkade.', 'Mycket faktiskt.'],
  );
  const paragraphs = units.allUnits('paragraph');
  assert.deepEqual(
    paragraphs.map((s) => text.slice(s.start, s.end)),
    ['Hur gick det? Berätta gärna.', 'Det gick bra. Vi samverkade.\nMycket faktiskt.'],
  );
  const codings = [
    { sourceId: 's', ...at('gick bra'), themeIds: ['t'], coderId: 'Ada' },
    { sourceId: 's', ...at('samverkade'), themeIds: ['t'], coderId: 'Bo' },
  ];
  const measure = (unit: 'sentence' | 'paragraph') =>
    measureAgreement({
      unit,
      coders: ['Ada', 'Bo'],
      themes: [{ id: 't' }],
      codings,
      grids: new Map([['s', unitGrid(text.length, units.allUnits(unit))]]),
    }).overall.table;
  // Different sentences of one turn: they disagree by sentence and agree by turn.
  assert.deepEqual(measure('sentence'), { both: 0, firstOnly: 1, secondOnly: 1, neither: 3 });
  assert.deepEqual(measure('paragraph'), { both: 1, firstOnly: 0, secondOnly: 0, neither: 1 });
});

test('disagreements are exactly the units one coder coded and the other did not, as runs', () => {
  const span = fc
    .tuple(fc.nat({ max: 59 }), fc.integer({ min: 1, max: 15 }))
    .map(([start, length]) => ({ start, end: Math.min(60, start + length) }));
  const codings = fc.array(fc.record({ span, coder: fc.constantFrom('Ada', 'Bo') }), {
    minLength: 2,
    maxLength: 12,
  });
  fc.assert(
    fc.property(codings, fc.boolean(), (drawn, bySentence) => {
      const spans = Array.from({ length: 10 }, (_, i) => ({ start: i * 6, end: i * 6 + 5 }));
      const grid = bySentence ? unitGrid(60, spans) : unitGrid(60);
      const units = bySentence
        ? spans
        : Array.from({ length: 60 }, (_, i) => ({ start: i, end: i + 1 }));
      const places = disagreementsOf({
        coders: ['Ada', 'Bo'],
        themeId: 't',
        codings: drawn.map((c) => ({
          ...c.span,
          coderId: c.coder,
          sourceId: 's',
          themeIds: ['t'],
        })),
        grids: new Map([['s', grid]]),
      });
      const both = drawn.some((c) => c.coder === 'Ada') && drawn.some((c) => c.coder === 'Bo');
      if (!both) return places.length === 0;
      const covers = (coder: string, unit: { start: number; end: number }) =>
        drawn.some((c) => c.coder === coder && c.span.start < unit.end && c.span.end > unit.start);
      return units.every((unit) => {
        const inPlace = places.filter((p) => p.start < unit.end && p.end > unit.start);
        const ada = covers('Ada', unit);
        const bo = covers('Bo', unit);
        if (ada === bo) return inPlace.length === 0;
        return inPlace.length === 1 && inPlace[0]?.coder === (ada ? 0 : 1);
      });
    }),
    { numRuns: 300 },
  );
});
