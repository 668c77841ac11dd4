import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Source } from '../../../../shared/model/entities';
import {
  attributeChoice,
  attributeChoices,
  emptyFilter,
  filterRows,
  isFiltered,
  nextSort,
  NO_CASE,
  sortRows,
  type SourceRow,
} from '../../../../renderer/src/sources/source-table';

function row(
  id: string,
  title: string,
  extra: Partial<Source> = {},
  more: Partial<SourceRow> = {},
): SourceRow {
  const source: Source = {
    id,
    title,
    kind: 'interview',
    caseId: null,
    respondentIds: [],
    date: null,
    interviewer: '',
    length: 10,
    origin: null,
    imported: '2024-01-01T00:00:00.000Z',
    ...extra,
  };
  return { source, caseName: '', kindLabel: 'Intervju', respondents: '', codings: 0, ...more };
}

const rows = [
  row(
    'a',
    'Intervju Örnsköldsvik',
    { caseId: 'c2', date: '2012-04-17' },
    { caseName: 'Örnsköldsvik', codings: 6 },
  ),
  row(
    'b',
    'intervju Ånge',
    { caseId: 'c1', date: '2012-04-11', kind: 'focusGroup' },
    { caseName: 'Ånge', kindLabel: 'Fokusgrupp', codings: 2 },
  ),
  row(
    'c',
    'Anteckningar',
    { date: null, kind: 'meetingNotes' },
    { kindLabel: 'Mötesanteckningar', codings: 9 },
  ),
  row('d', 'Intervju 10', { caseId: 'c1', date: '2012-03-01' }, { caseName: 'Ånge', codings: 2 }),
  row(
    'e',
    'Intervju 9',
    { caseId: 'c2', date: '2012-05-08' },
    { caseName: 'Örnsköldsvik', codings: 0 },
  ),
];
const titles = (list: readonly SourceRow[]) => list.map((r) => r.source.title);

test('titles sort the Swedish way: Å Ä Ö after Z, numbers by value, case ignored', () => {
  assert.deepEqual(titles(sortRows(rows, { key: 'title', direction: 'ascending' }, 'sv')), [
    'Anteckningar',
    'Intervju 9',
    'Intervju 10',
    'intervju Ånge',
    'Intervju Örnsköldsvik',
  ]);
});

test('empty values (no case, no date) go last in both directions', () => {
  for (const direction of ['ascending', 'descending'] as const) {
    assert.equal(sortRows(rows, { key: 'date', direction }, 'sv').at(-1)?.source.id, 'c');
    assert.equal(sortRows(rows, { key: 'case', direction }, 'sv').at(-1)?.source.id, 'c');
  }
  assert.deepEqual(
    sortRows(rows, { key: 'date', direction: 'descending' }, 'sv').map((r) => r.source.date),
    ['2012-05-08', '2012-04-17', '2012-04-11', '2012-03-01', null],
  );
});

test('counts sort by number, ties by title', () => {
  assert.deepEqual(
    sortRows(rows, { key: 'codings', direction: 'descending' }, 'sv').map((r) => r.source.id),
    ['c', 'a', 'd', 'b', 'e'],
  );
});

test('filters by case, no case, kind and an inclusive date range', () => {
  assert.deepEqual(titles(filterRows(rows, { ...emptyFilter, caseId: 'c1' })), [
    'intervju Ånge',
    'Intervju 10',
  ]);
  assert.deepEqual(titles(filterRows(rows, { ...emptyFilter, caseId: NO_CASE })), ['Anteckningar']);
  assert.deepEqual(titles(filterRows(rows, { ...emptyFilter, kind: 'focusGroup' })), [
    'intervju Ånge',
  ]);
  assert.deepEqual(
    filterRows(rows, { ...emptyFilter, from: '2012-04-11', to: '2012-04-17' }).map(
      (r) => r.source.id,
    ),
    ['a', 'b'],
  );
  assert.equal(filterRows(rows, emptyFilter).length, rows.length);
  assert.equal(isFiltered(emptyFilter), false);
  assert.equal(isFiltered({ ...emptyFilter, to: '2012-01-01' }), true);
});

test('clicking a column sorts it; clicking again reverses; counts start largest first', () => {
  assert.deepEqual(nextSort(null, 'title'), { key: 'title', direction: 'ascending' });
  assert.deepEqual(nextSort({ key: 'title', direction: 'ascending' }, 'title'), {
    key: 'title',
    direction: 'descending',
  });
  assert.deepEqual(nextSort({ key: 'title', direction: 'ascending' }, 'codings'), {
    key: 'codings',
    direction: 'descending',
  });
});

test('the attribute filter offers each key with each value it takes (numbers by size) and keeps the sources that have it', () => {
  const withRound = (id: string, round: number, phone?: boolean) =>
    row(id, `Intervju ${id}`, {
      attributes: [
        { key: 'Omgång', type: 'number', value: round },
        ...(phone === undefined
          ? []
          : [{ key: 'Telefon', type: 'boolean' as const, value: phone }]),
      ],
    });
  const list = [
    withRound('x', 10, true),
    withRound('y', 2),
    withRound('z', 2, false),
    row('w', 'Utan'),
  ];
  const choices = attributeChoices(
    list.map((r) => r.source),
    (a) => (a.type === 'boolean' ? (a.value ? 'ja' : 'nej') : String(a.value)),
    'sv',
  );
  assert.deepEqual(
    choices.map((c) => c.label),
    ['Omgång: 2', 'Omgång: 10', 'Telefon: nej', 'Telefon: ja'],
  );
  const round2 = { ...emptyFilter, attribute: attributeChoice('Omgång', '2') };
  assert.ok(isFiltered(round2));
  assert.deepEqual(titles(filterRows(list, round2)), ['Intervju y', 'Intervju z']);
  const byPhone = { ...emptyFilter, attribute: choices[3]?.value ?? '' };
  assert.deepEqual(titles(filterRows(list, byPhone)), ['Intervju x']);
});
