import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translateError } from '../../../../shared/i18n';
import { formatDate, formatDateTime, formatFigure } from '../../../../shared/i18n/format';

test('a date is ISO in Swedish and day, month, year in English', () => {
  assert.equal(formatDate('2012-03-14', 'sv'), '2012-03-14');
  assert.equal(formatDate('2012-03-14', 'en'), '14 Mar 2012');
  // Excel's month abbreviations, whatever the ICU data says ("Sept" in newer en-GB).
  assert.equal(formatDate('2026-09-01', 'en'), '1 Sep 2026');
  assert.equal(formatDate('2026-12-31', 'en'), '31 Dec 2026');
  assert.equal(formatDate('not a date', 'en'), 'not a date');
  assert.equal(formatDate('2026-13-01', 'en'), '2026-13-01');
});

test('a moment is written on the local clock, its date the language’s way', () => {
  const moment = new Date(2026, 11, 1, 15, 2);
  assert.equal(formatDateTime(moment.toISOString(), 'sv'), '2026-12-01 15:02');
  assert.equal(formatDateTime(moment.toISOString(), 'en'), '1 Dec 2026 15:02');
});

test('an error naming when a lock was taken says it in the reader’s language', () => {
  const since = new Date(2026, 11, 1, 15, 2).toISOString();
  const error = { code: 'projectLocked' as const, params: { pid: 42, since, sinceText: 'x' } };
  assert.match(translateError(error, 'en'), /since 1 Dec 2026 15:02\)/);
  assert.match(translateError(error, 'sv'), /sedan 2026-12-01 15:02\)/);
});

test('a measured figure is never rounded up to a ceiling it does not reach', () => {
  assert.equal(formatFigure(99.96, 1, 100, 'sv'), '99,9');
  assert.equal(formatFigure(100, 1, 100, 'sv'), '100');
  assert.equal(formatFigure(93.14, 1, 100, 'en'), '93.1');
  assert.equal(formatFigure(0.996, 2, 1, 'en'), '0.99');
  assert.equal(formatFigure(0.5, 2, 1, 'sv'), '0,50');
  assert.equal(formatFigure(-0.054, 2, 1, 'en'), '-0.05');
});
