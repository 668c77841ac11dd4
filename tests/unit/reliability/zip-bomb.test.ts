import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { assertZipWithinBounds, MAX_UNPACKED_BYTES } from '../../../main/services/import/zip-guard';
import { importFile } from '../../../main/services/import/import-file';
import { FyndError } from '../../../shared/errors';

/** A one-entry zip whose directory states `claimed` bytes for data that inflates to `real`. */
function zipClaiming(real: number, claimed: number): Buffer {
  const name = Buffer.from('word/document.xml');
  const data = deflateRawSync(Buffer.alloc(real, 0x20), { level: 9 });
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(claimed, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(claimed, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const tooLarge = (e: unknown) => e instanceof FyndError && e.code === 'fileTooLarge';

test('a zip that claims 1,000 bytes but inflates past the limit is stopped while inflating', async () => {
  await assert.rejects(assertZipWithinBounds(zipClaiming(5_000_000, 1000), 1_000_000), tooLarge);
  await assertZipWithinBounds(zipClaiming(900_000, 1000), 1_000_000);
});

test('a .docx bomb with false sizes is refused as too large, not unpacked by the Word reader', async () => {
  // Past the real limit: the Word reader would otherwise inflate all of it into memory.
  const bomb = zipClaiming(MAX_UNPACKED_BYTES + 5_000_000, 1000);
  assert.ok(bomb.length < 1_000_000, `${bomb.length} bytes on disk`);
  await assert.rejects(importFile('bomb.docx', bomb), tooLarge);
});
