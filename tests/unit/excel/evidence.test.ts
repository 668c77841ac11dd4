import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findingEvidence,
  questionStatus,
  representativeQuote,
  strengthOf,
} from '../../../shared/analysis/evidence';
import type { Coding, Finding, Question, Valence } from '../../../shared/model/entities';
import { emptyProjectData, type ProjectData } from '../../../shared/model/project-data';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const created = '2026-01-01T00:00:00.000Z';

/**
 * Cases A–E with one source each; themes Root › Sub and Other. Codings are [case, theme, valence].
 */
function project(codings: [number, 'root' | 'sub' | 'other', Valence][]): ProjectData {
  const themeId = { root: uuid(100), sub: uuid(101), other: uuid(102) };
  return {
    ...emptyProjectData({
      id: uuid(1),
      name: 'P',
      description: '',
      language: 'sv',
      evaluator: '',
      created,
    }),
    cases: [0, 1, 2, 3, 4].map((i) => ({
      id: uuid(10 + i),
      name: 'ABCDE'[i] ?? '?',
      type: 'municipality',
      attributes: [],
      indicators: [],
    })),
    respondents: [],
    sources: [0, 1, 2, 3, 4].map((i) => ({
      id: uuid(20 + i),
      title: `S${i}`,
      kind: 'interview',
      caseId: uuid(10 + i),
      respondentIds: [],
      date: null,
      interviewer: '',
      length: 1000,
      origin: null,
      imported: created,
    })),
    themes: [
      { id: themeId.root, parentId: null, name: 'Root', order: 0 },
      { id: themeId.sub, parentId: themeId.root, name: 'Sub', order: 0 },
      { id: themeId.other, parentId: null, name: 'Other', order: 1 },
    ].map((t) => ({
      ...t,
      colour: '#000000',
      definition: '',
      inclusion: '',
      exclusion: '',
      example: '',
    })),
    codings: codings.map(([c, theme, valence], i): Coding => ({
      id: uuid(1000 + i),
      sourceId: uuid(20 + c),
      start: i * 10,
      end: i * 10 + 5,
      snippet: `quote ${i}`,
      themeIds: [themeId[theme]],
      valence,
      memo: '',
      coderId: '00000000-0000-4000-8000-00000000c0de',
      created,
    })),
  };
}

const finding = (codingIndexes: number[], themes: string[]): Finding => ({
  id: uuid(500),
  statement: 'A finding',
  themeIds: themes,
  codingIds: codingIndexes.map((i) => uuid(1000 + i)),
  order: 0,
});

test('supporting and contradicting cases follow the documented rules', () => {
  const data = project([
    [0, 'sub', 'strength'], // 0 cited, A
    [1, 'sub', 'strength'], // 1 cited, B
    [2, 'sub', 'strength'], // 2 cited, C
    [0, 'sub', 'weakness'], // 3 A: one strength, one weakness: no lean
    [3, 'sub', 'weakness'], // 4 D leans against
    [3, 'sub', 'weakness'], // 5
    [2, 'sub', 'weakness'], // 6 C: cited strength, but two weaknesses: contradicts
    [2, 'sub', 'weakness'], // 7
    [4, 'other', 'weakness'], // 8 E: weakness on another theme does not count
    [4, 'root', 'weakness'], // 9 E: on the parent, named only as context: does not count
  ]);
  const e = findingEvidence(data, finding([0, 1, 2], [uuid(100), uuid(101)]));
  assert.equal(e.quotes.length, 3);
  assert.equal(e.tenor, 'strength');
  assert.deepEqual(
    e.cases,
    [uuid(10), uuid(11)],
    'A and B back it; C is reported as contradicting',
  );
  assert.deepEqual(e.contradictingCases, [uuid(12), uuid(13)]);
  assert.equal(e.sources.length, 3);
  assert.equal(e.strength, 'weak', '2 supporting against 2 contradicting');
  const cited = finding([2, 0, 1], [uuid(101)]);
  assert.equal(
    representativeQuote(data, findingEvidence(data, cited))?.id,
    uuid(1000),
    'the first cited quote from a supporting case, skipping C',
  );
});

test('a finding about a weakness is backed by weakness quotes, and a tie has no direction', () => {
  const data = project([
    [0, 'sub', 'weakness'],
    [1, 'sub', 'weakness'],
    [2, 'sub', 'weakness'],
    [3, 'sub', 'strength'],
    [0, 'sub', 'strength'],
    [1, 'sub', 'mixed'],
  ]);
  const negative = findingEvidence(data, finding([0, 1, 2], [uuid(101)]));
  assert.equal(negative.tenor, 'weakness');
  assert.deepEqual(negative.cases, [uuid(10), uuid(11), uuid(12)]);
  assert.deepEqual(negative.contradictingCases, [uuid(13)]);
  assert.equal(negative.strength, 'strong');
  const tie = findingEvidence(data, finding([0, 3], [uuid(101)]));
  assert.equal(tie.tenor, null);
  assert.deepEqual(tie.contradictingCases, []);
});

test('missing codings are ignored and no quotes means no evidence', () => {
  const data = project([[0, 'sub', 'strength']]);
  const e = findingEvidence(data, finding([7, 8], [uuid(101)]));
  assert.deepEqual(e.quotes, []);
  assert.equal(e.strength, 'none');
});

test('strength thresholds', () => {
  assert.equal(strengthOf(0, 0, 0, 0), 'none');
  assert.equal(strengthOf(1, 1, 1, 0), 'weak');
  assert.equal(strengthOf(2, 2, 2, 0), 'moderate');
  assert.equal(strengthOf(2, 2, 2, 2), 'weak');
  assert.equal(strengthOf(3, 3, 3, 1), 'strong');
  assert.equal(strengthOf(3, 2, 3, 0), 'moderate', 'three cases but two sources');
  assert.equal(strengthOf(6, 6, 3, 2), 'moderate');
});

test('question status lists findings, takes the strongest and names the gaps', () => {
  const data = project([
    [0, 'sub', 'strength'],
    [1, 'sub', 'strength'],
    [2, 'sub', 'strength'],
  ]);
  const strong = { ...finding([0, 1, 2], [uuid(101)]), id: uuid(600) };
  const weak = { ...finding([0], [uuid(101)]), id: uuid(601) };
  data.findings.push(strong, weak);
  data.cases[0]?.indicators.push({
    id: uuid(700),
    name: 'Besök',
    value: 12,
    unit: 'st',
    source: '',
    date: null,
    note: '',
  });
  const question: Question = {
    id: uuid(800),
    text: 'Q?',
    criterion: 'relevance',
    themeIds: [uuid(101)],
    indicatorNames: ['Besök', 'Saknas'],
    findingIds: [uuid(601), uuid(600), uuid(999)],
    order: 0,
  };
  const status = questionStatus(data, question);
  assert.deepEqual(
    status.findings.map((f) => f.id),
    [uuid(601), uuid(600)],
  );
  assert.equal(status.strength, 'strong');
  assert.deepEqual(status.indicatorsWithValues, ['Besök']);
  assert.deepEqual(status.gaps, ['weakEvidence']);

  const empty = questionStatus(data, {
    ...question,
    themeIds: [uuid(102)],
    indicatorNames: [],
    findingIds: [],
  });
  assert.equal(empty.strength, 'none');
  assert.deepEqual(empty.gaps, ['noFindings', 'noCodedMaterial', 'noIndicators']);
  assert.deepEqual(questionStatus(data, { ...question, themeIds: [] }).gaps, [
    'noThemes',
    'weakEvidence',
  ]);
});

test('on the demo project every finding has evidence and Örnsköldsvik contradicts "no one owns it"', () => {
  const data = buildDemoProject().file.data;
  const ornskoldsvik = data.cases.find((c) => c.name === 'Örnsköldsvik')?.id;
  for (const f of data.findings) {
    const e = findingEvidence(data, f);
    assert.ok(e.quotes.length > 0, f.statement);
    assert.notEqual(e.strength, 'none');
    for (const id of e.contradictingCases) assert.ok(!e.cases.includes(id), 'lists do not overlap');
  }
  const owner = data.findings.find((f) => f.statement.startsWith('Ingen aktör äger'));
  assert.ok(owner && ornskoldsvik);
  assert.deepEqual(findingEvidence(data, owner).contradictingCases, [ornskoldsvik]);
});
