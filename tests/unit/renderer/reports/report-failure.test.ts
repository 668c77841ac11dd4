import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFailureText } from '../../../../renderer/src/reports/report-failure';

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
