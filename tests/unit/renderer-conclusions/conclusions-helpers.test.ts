import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Case } from '../../../shared/model/entities';
import { indicatorRows, parseNumber } from '../../../renderer/src/cases/indicator-model';
import { moveItem, orderAfterMove } from '../../../renderer/src/findings/reorder';
import { shorten } from '../../../renderer/src/findings/finding-text';
import { reportFailureText } from '../../../renderer/src/reports/report-failure';

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

test('moving an item gives it an order between its new neighbours', () => {
  const orders = [0, 1, 2, 3];
  assert.equal(orderAfterMove(orders, 2, -1), 0.5);
  assert.equal(orderAfterMove(orders, 1, -1), -1);
  assert.equal(orderAfterMove(orders, 2, 1), 4);
  assert.equal(orderAfterMove(orders, 0, -1), null);
  assert.equal(orderAfterMove(orders, 3, 1), null);
  assert.deepEqual(moveItem(['a', 'b', 'c'], 2, -1), ['a', 'c', 'b']);
  assert.deepEqual(moveItem(['a', 'b', 'c'], 0, -1), ['a', 'b', 'c']);
});

test('long statements are cut at a word', () => {
  assert.equal(shorten('kort', 10), 'kort');
  assert.equal(shorten('Ingen aktör äger frågan om kompetensförsörjning', 20), 'Ingen aktör äger…');
});

test('a report that could not be written says why, in the chosen language', () => {
  const path = '/home/anna/rapport.xlsx';
  const locked = reportFailureText({ code: 'outputLocked', message: '', params: { path } }, 'sv');
  assert.match(locked, /öppen i ett annat program/);
  assert.ok(locked.includes(path));
  const legacy = reportFailureText(
    { code: 'writeFailed', message: '', params: { path, reason: 'locked' } },
    'en',
  );
  assert.match(legacy, /open in another program/);
  const full = reportFailureText(
    { code: 'outputFailed', message: '', params: { path, reason: 'ENOSPC' } },
    'sv',
  );
  assert.match(full, /disken är full/);
  const folder = reportFailureText(
    { code: 'outputFailed', message: '', params: { path, reason: 'ENOENT' } },
    'en',
  );
  assert.match(folder, /does not exist/);
  const other = reportFailureText({ code: 'invalidInput', message: '', params: {} }, 'sv');
  assert.match(other, /Något av värdena/);
});
