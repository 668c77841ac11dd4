import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Case } from '../../../../shared/model/entities';
import { indicatorRows, parseNumber } from '../../../../renderer/src/cases/indicator-model';

const kase = (id: string, indicators: [string, number, string][]): Case => ({
  id,
  name: id,
  type: 'municipality',
  attributes: [],
  indicators: indicators.map(([name, value, unit], i) => ({
    id: `${id}-${i}`,
    name,
    value,
    unit,
    source: '',
    date: null,
    note: '',
  })),
});

test('indicators add up only where units agree, and shares are averaged, not summed', () => {
  const rows = indicatorRows([
    kase('a', [
      ['Besök', 120, 'st'],
      ['Andel', 60, '%'],
      ['Tid', 18, 'månader'],
    ]),
    kase('b', [
      ['Besök', 80, 'st'],
      ['Andel', 70, '%'],
      ['Tid', 2, 'år'],
    ]),
  ]);
  const byName = new Map(rows.map((r) => [r.name, r]));
  assert.equal(byName.get('Besök')?.sum, 200);
  assert.equal(byName.get('Besök')?.mean, 100);
  assert.equal(byName.get('Andel')?.sum, null);
  assert.equal(byName.get('Andel')?.mean, 65);
  assert.equal(byName.get('Tid')?.unit, null);
  assert.equal(byName.get('Tid')?.mean, null);
  const single = indicatorRows([kase('c', [['Nya företag', 28, 'st']])])[0];
  assert.equal(single?.sum, null, 'one value needs no sum');
});

test('numbers are read as Swedes and English speakers type them', () => {
  assert.equal(parseNumber('12,5'), 12.5);
  assert.equal(parseNumber('1 200'), 1200);
  assert.equal(parseNumber('1\u00a0200,25'), 1200.25);
  assert.ok(Number.isNaN(parseNumber('')));
  assert.ok(Number.isNaN(parseNumber('tolv')));
});
