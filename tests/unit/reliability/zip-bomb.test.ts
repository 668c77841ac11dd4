import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zipClaiming } from '../../helpers/zip-claiming';
import {
  assertZipWithinBounds,
  MAX_UNPACKED_BYTES,
  unpackWithinBounds,
} from '../../../main/services/import/zip-guard';
import { importFile } from '../../../main/services/import/import-file';
import { FyndError } from '../../../shared/errors';

const tooLarge = (e: unknown) => e instanceof FyndError && e.code === 'fileTooLarge';

test('a zip that claims 1,000 bytes but inflates past the limit is stopped while inflating', async () => {
  await assert.rejects(
    assertZipWithinBounds(zipClaiming('word/document.xml', 5_000_000, 1000), 1_000_000),
    tooLarge,
  );
  await assertZipWithinBounds(zipClaiming('word/document.xml', 900_000, 1000), 1_000_000);
});

test("a .qdpx is unpacked in the guard's own pass: a bomb stops at the limit, an honest zip comes out whole", () => {
  assert.throws(
    () => unpackWithinBounds(zipClaiming('project.qde', 5_000_000, 1000), 1_000_000),
    tooLarge,
  );
  const [entry] = unpackWithinBounds(zipClaiming('project.qde', 900_000, 1000), 1_000_000);
  assert.equal(entry?.name, 'project.qde');
  assert.equal(entry?.data.length, 900_000);
  assert.ok(entry?.data.every((byte) => byte === 0x20));
});

test('a .docx bomb with false sizes is refused as too large, not unpacked by the Word reader', async () => {
  // Past the real limit: the Word reader would otherwise inflate all of it into memory.
  const bomb = zipClaiming('word/document.xml', MAX_UNPACKED_BYTES + 5_000_000, 1000);
  assert.ok(bomb.length < 1_000_000, `${bomb.length} bytes on disk`);
  await assert.rejects(importFile('bomb.docx', bomb), tooLarge);
});
