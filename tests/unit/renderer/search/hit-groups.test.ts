import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchHit } from '../../../../shared/contract';
import type { Coding } from '../../../../shared/model/entities';
import {
  alreadyCoded,
  groupHits,
  codingDrafts,
  hitKey,
  regexProblem,
} from '../../../../renderer/src/search/hit-groups';

const hit = (sourceId: string, start: number): SearchHit => ({
  sourceId,
  start,
  end: start + 4,
  text: 'stöd',
  before: 'få ',
  after: ' 🙂',
});

const hits = [hit('s2', 40), hit('s1', 9), hit('s2', 3), hit('s3', 1), hit('s1', 2)];

test('hits group by source in project order, each in text order', () => {
  const groups = groupHits(hits, ['s1', 's2', 's3']);
  assert.deepEqual(
    groups.map((g) => [g.sourceId, g.hits.map((h) => h.start)]),
    [
      ['s1', [2, 9]],
      ['s2', [3, 40]],
      ['s3', [1]],
    ],
  );
  // A source the list does not know goes last rather than being lost.
  assert.equal(groupHits(hits, ['s3', 's1']).at(-1)?.sourceId, 's2');
});

test('code all hits: excluded hits are left out, the rest become drafts in batches', () => {
  const excluded = new Set([hitKey(hits[0] as SearchHit)]);
  const batches = codingDrafts(hits, excluded, 't1', 'strength', 2);
  assert.deepEqual(
    batches.map((b) => b.length),
    [2, 2],
  );
  assert.deepEqual(batches[0]?.[0], {
    sourceId: 's1',
    start: 9,
    end: 13,
    themeIds: ['t1'],
    valence: 'strength',
    memo: '',
  });
  assert.equal(
    batches.flat().some((d) => d.sourceId === 's2' && d.start === 40),
    false,
  );
});

test('places a coding with the theme already covers are recognised', () => {
  const coding = { sourceId: 's1', start: 9, end: 13, themeIds: ['t1'] } as Coding;
  const wider = { sourceId: 's2', start: 3, end: 13, themeIds: ['t1'] } as Coding;
  const partial = { sourceId: 's2', start: 41, end: 60, themeIds: ['t1'] } as Coding;
  assert.deepEqual([...alreadyCoded(hits, [coding, wider, partial], 't1')].sort(), [
    's1:9:13',
    's2:3:7',
  ]);
  assert.deepEqual([...alreadyCoded(hits, [coding], 't2')], []);
});

test('a bad regular expression is caught before searching, with what is wrong', () => {
  assert.equal(regexProblem('företag(et|en)?', true), null);
  assert.equal(regexProblem('företag(et|en', false), null);
  assert.match(regexProblem('företag(et|en', true) ?? '', /group/i);
  assert.ok(!(regexProblem('[å-', true) ?? '').includes('/'));
});
