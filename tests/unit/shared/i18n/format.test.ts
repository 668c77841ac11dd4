import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translateError } from '../../../../shared/i18n';
import { formatDate, formatDateTime } from '../../../../shared/i18n/format';

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
