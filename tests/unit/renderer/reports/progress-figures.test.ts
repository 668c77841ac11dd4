import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressFigures } from '../../../../renderer/src/reports/progress-figures';
import { formatNumber } from '../../../../renderer/src/i18n/format-number';
import { interpolate, lookup } from '../../../../shared/i18n';

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

test('rows and share are written as each language writes numbers', () => {
  const sv = progressFigures(12_000, 50_150, 'sv');
  assert.deepEqual(Object.values(sv).map(spaces), ['12 000', '50 150', '23 %']);
  assert.deepEqual(progressFigures(12_000, 50_150, 'en'), {
    done: '12,000',
    total: '50,150',
    percent: '23%',
  });
  const line = interpolate(lookup('sv', 'reportsView.progressRows') ?? '', { ...sv });
  assert.equal(spaces(line), 'Skriver rad 12 000 av 50 150 (23 %)');
});

test('the share rounds down, so 100 % only when every row is written', () => {
  assert.equal(progressFigures(50_149, 50_150, 'en').percent, '99%');
  assert.equal(progressFigures(50_150, 50_150, 'en').percent, '100%');
  assert.equal(progressFigures(0, 0, 'en').percent, '0%');
  assert.equal(progressFigures(0, 22, 'en').percent, '0%');
  assert.equal(progressFigures(29, 100, 'en').percent, '29%');
  assert.equal(progressFigures(57, 100, 'en').percent, '57%');
});

test('the rows of a finished report are counted the way each language writes numbers', () => {
  const rows = (lang: 'sv' | 'en', count: number) =>
    interpolate(lookup(lang, `reportsView.rows_${count === 1 ? 'one' : 'other'}`) ?? '', {
      count,
      figure: formatNumber(count, lang),
    });
  assert.equal(spaces(rows('sv', 50_744)), '50 744 rader');
  assert.equal(rows('en', 50_744), '50,744 rows');
  assert.equal(rows('sv', 1), '1 rad');
});
