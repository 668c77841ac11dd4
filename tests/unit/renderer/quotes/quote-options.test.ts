import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Case, Respondent } from '../../../../shared/model/entities';
import type { ProjectData } from '../../../../shared/model/project-data';
import {
  attributeKey,
  attributeOptions,
  groupBySource,
  parseAttributeKey,
  roleOptions,
} from '../../../../renderer/src/quotes/quote-options';
import { quoteAttribution } from '../../../../renderer/src/components/quote-attribution';

const respondent = (id: string, role: string, caseId: string | null = null): Respondent => ({
  id,
  pseudonym: `P ${id}`,
  role,
  organisation: '',
  caseId,
});

const place = (id: string, name: string, attributes: Case['attributes']): Case => ({
  id,
  name,
  type: 'municipality',
  attributes,
  indicators: [],
});

test('roles in use, each once, sorted; empty roles are not a choice', () => {
  const roles = roleOptions(
    [
      respondent('1', 'Sektionschef'),
      respondent('2', ' Rektor'),
      respondent('3', ''),
      respondent('4', 'Sektionschef'),
    ],
    'sv',
  );
  assert.deepEqual(roles, ['Rektor', 'Sektionschef']);
});

test('attribute values in use, as the filter compares them (true is "true")', () => {
  const cases = [
    place('a', 'Härnösand', [
      { key: 'Typ av aktör', type: 'text', value: 'Kommun' },
      { key: 'Invånare', type: 'number', value: 24000 },
      { key: 'Redovisade', type: 'boolean', value: true },
    ]),
    place('b', 'Länsstyrelsen', [
      { key: 'Typ av aktör', type: 'text', value: 'Länsaktör' },
      { key: 'Typ av aktör', type: 'text', value: 'Kommun' },
    ]),
  ];
  const options = attributeOptions(cases, 'sv');
  assert.deepEqual(
    options.map((o) => `${o.key}=${o.value}`),
    ['Invånare=24000', 'Redovisade=true', 'Typ av aktör=Kommun', 'Typ av aktör=Länsaktör'],
  );
  const key = attributeKey({ key: 'Typ av aktör', value: 'Kommun' });
  assert.deepEqual(parseAttributeKey(key), { key: 'Typ av aktör', value: 'Kommun' });
  assert.equal(parseAttributeKey(''), null);
});

test('a quote’s attribution: case, source and respondents with roles', () => {
  const data = {
    cases: [place('c', 'Kramfors', [])],
    respondents: [respondent('r1', 'Sektionschef'), respondent('r2', '')],
    sources: [{ id: 's', title: 'Intervju', caseId: 'c', respondentIds: ['r1', 'r2', 'gone'] }],
  } as unknown as ProjectData;
  assert.deepEqual(quoteAttribution(data, 's', { roles: true }), {
    caseName: 'Kramfors',
    sourceTitle: 'Intervju',
    speakers: ['P r1 (Sektionschef)', 'P r2'],
  });
  assert.deepEqual(quoteAttribution(data, 's').speakers, ['P r1', 'P r2']);
});

test('quotes in a row from one source stay together', () => {
  const q = (codingId: string, sourceId: string) => ({
    codingId,
    sourceId,
    start: 0,
    end: 1,
    snippet: '',
    before: '',
    after: '',
    valence: 'neutral' as const,
  });
  const groups = groupBySource([q('1', 'a'), q('2', 'a'), q('3', 'b'), q('4', 'a')]);
  assert.deepEqual(
    groups.map((g) => [g.sourceId, g.quotes.length]),
    [
      ['a', 2],
      ['b', 1],
      ['a', 1],
    ],
  );
});
