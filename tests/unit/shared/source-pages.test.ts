import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageLabel } from '../../../shared/i18n/page-labels';
import { pageSpan, SourcePagesSchema } from '../../../shared/model/source-pages';

// Page 1 holds 0–99, page 2 is blank, page 3 holds 100–249, page 4 from 250.
const pages = [0, 100, 100, 250];

test('a quote knows its page(s): "s. 4" in Swedish, "pp. 3–4" in English; a blank page holds none', () => {
  const label = (start: number, end: number, lang: 'sv' | 'en') =>
    pageLabel(pageSpan(pages, start, end), lang).replace(/\u00a0/g, ' ');
  assert.equal(label(10, 20, 'sv'), 's. 1');
  assert.equal(label(10, 20, 'en'), 'p. 1');
  assert.equal(label(90, 100, 'sv'), 's. 1', 'an end at a page start belongs to the page before');
  assert.equal(label(100, 120, 'sv'), 's. 3', 'never the blank page 2');
  assert.equal(label(240, 260, 'sv'), 's. 3–4');
  assert.equal(label(240, 260, 'en'), 'pp. 3–4');
  assert.equal(label(300, 310, 'en'), 'p. 4');
  assert.equal(pageLabel(pageSpan(undefined, 1, 2), 'sv'), '', 'a transcript has no pages');
});

test('page starts begin at 0 and never go back', () => {
  assert.ok(SourcePagesSchema.safeParse(pages).success);
  assert.equal(SourcePagesSchema.safeParse([5, 10]).success, false);
  assert.equal(SourcePagesSchema.safeParse([0, 10, 9]).success, false);
});
