import { FyndError } from '../../../shared/errors';

/** A .docx may unpack to at most this much: generous for text, fatal for a zip bomb. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 5000;

/**
 * Reads a zip's central directory (without unpacking anything) and refuses archives that would
 * expand beyond bounds, so a hostile .docx cannot exhaust memory.
 */
export function assertZipWithinBounds(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new FyndError('corruptFile', 'The file is damaged or not a Word document.');
  const entries = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entries > MAX_ENTRIES || entries === 0xffff || directoryOffset === 0xffffffff) {
    throw new FyndError('corruptFile', 'The document has an unexpected structure.');
  }
  let offset = directoryOffset;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== 0x02014b50) {
      throw new FyndError('corruptFile', 'The file is damaged or not a Word document.');
    }
    const unpacked = view.getUint32(offset + 24, true);
    total += unpacked;
    if (unpacked === 0xffffffff || total > MAX_UNPACKED_BYTES) {
      throw new FyndError('fileTooLarge', 'The document would unpack to too much data.', {
        megabytes: Math.round(total / (1024 * 1024)),
        limit: MAX_UNPACKED_BYTES / (1024 * 1024),
      });
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}
