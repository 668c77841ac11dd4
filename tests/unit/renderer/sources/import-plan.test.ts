import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  batchBySize,
  carriesFiles,
  formatBytes,
  formatLabel,
  precheckFile,
} from '../../../../renderer/src/sources/import-plan';

const MB = 1024 * 1024;

test('a file too large to send is refused before upload, with the importer’s limit', () => {
  assert.equal(precheckFile('intervju.txt', 19 * MB), null);
  const refused = precheckFile('intervju.txt', 50 * MB);
  assert.equal(refused?.code, 'fileTooLarge');
  assert.deepEqual(refused?.params, { megabytes: 50, limit: 20 });
  // A .docx is compressed: it may be larger than the text it holds.
  assert.equal(precheckFile('möte.DOCX', 30 * MB), null);
  assert.equal(precheckFile('möte.docx', 41 * MB)?.params.limit, 40);
});

test('files are batched under the request limit, in order; a big file gets its own batch', () => {
  const files = [3, 3, 3, 9, 1, 1].map((size, i) => ({ name: `f${i}`, size }));
  const batches = batchBySize(files, 6);
  assert.deepEqual(
    batches.map((b) => b.map((f) => f.name)),
    [['f0', 'f1'], ['f2'], ['f3'], ['f4', 'f5']],
  );
  assert.deepEqual(batchBySize([], 6), []);
});

test('formats are named as people write them', () => {
  assert.equal(formatLabel('windows-1252'), 'Windows-1252');
  assert.equal(formatLabel('utf-8'), 'UTF-8');
  assert.equal(formatLabel('docx'), 'Word (.docx)');
  assert.equal(formatLabel('something-else'), 'something-else');
});

test('sizes and drags', () => {
  assert.equal(formatBytes(512, 'sv'), '512 B');
  assert.equal(formatBytes(12 * 1024, 'sv'), '12 kB');
  assert.equal(formatBytes(3.45 * MB, 'en'), '3.5 MB');
  assert.equal(carriesFiles(['text/plain', 'Files']), true);
  assert.equal(carriesFiles(['text/plain']), false);
});
