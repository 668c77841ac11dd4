import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  defaultSearchOptions,
  foldDiacritics,
  prepareSearch,
  searchText,
  type SearchOptions,
} from '../../../../shared/analysis/text-search';
import { TextOffsets } from '../../../../shared/model/text-offsets';

const text =
  'R: Samverkan 🙂 fungerar. Vi vill ha mer samverkan, inte samverkansavtal. Härnösand och Harnosand.';
const find = (query: string, options: Partial<SearchOptions> = {}) =>
  searchText(text, prepareSearch(query, { ...defaultSearchOptions, ...options })).hits.map(
    (h) => h.text,
  );

test('a search ignores case unless asked', () => {
  assert.deepEqual(find('samverkan'), ['Samverkan', 'samverkan', 'samverkan']);
  assert.deepEqual(find('samverkan', { caseSensitive: true }), ['samverkan', 'samverkan']);
});

test('whole word leaves compounds alone', () => {
  assert.deepEqual(find('samverkan', { wholeWord: true }), ['Samverkan', 'samverkan']);
});

test('å ä ö are letters of their own unless the user folds them', () => {
  assert.deepEqual(find('harnosand'), ['Harnosand']);
  assert.deepEqual(find('harnosand', { foldDiacritics: true }), ['Härnösand', 'Harnosand']);
  assert.equal(foldDiacritics('Åre, Ärla, Öland'), 'Are, Arla, Oland');
});

test('regex queries work, and hits carry code-point offsets of the original text', () => {
  const { hits } = searchText(
    text,
    prepareSearch('fung\\w+', { ...defaultSearchOptions, regex: true }),
  );
  assert.equal(hits.length, 1);
  const hit = hits[0];
  assert.ok(hit);
  assert.equal(new TextOffsets(text).slice(hit.start, hit.end), 'fungerar');
  assert.equal(hit.start, Array.from(text).indexOf('f'));
  assert.throws(
    () => prepareSearch('(unclosed', { ...defaultSearchOptions, regex: true }),
    SyntaxError,
  );
});

test('beyond the limit, hits are counted but not built', () => {
  const found = searchText(text, prepareSearch('samverkan', defaultSearchOptions), 1);
  assert.deepEqual(
    found.hits.map((h) => h.text),
    ['Samverkan'],
  );
  assert.equal(found.total, 3);
});
