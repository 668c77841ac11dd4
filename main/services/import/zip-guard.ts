import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { FyndError } from '../../../shared/errors';

/** A .docx (or .qdpx) may unpack to at most this much: generous for text, fatal for a zip bomb. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 5000;

/** An entry of a zip's central directory: its name as written and where its data lies. */
export interface ZipEntry {
  name: string;
  method: number;
  dataStart: number;
  compressedSize: number;
}

/**
 * Unpacks every entry of a zip without keeping what comes out, counting the bytes as they are
 * inflated and stopping at `limit`, whatever sizes the archive claims (a bomb states small ones).
 * Only then may a library unpack it for real.
 */
export async function assertZipWithinBounds(
  bytes: Uint8Array,
  limit: number = MAX_UNPACKED_BYTES,
): Promise<void> {
  let total = 0;
  for (const entry of zipEntries(bytes)) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === 0) total += data.length;
    else if (entry.method === 8) total = await inflateCounting(data, total, limit);
    else throw new FyndError('corruptFile', 'The document has an unexpected structure.');
    if (total > limit) throw tooMuch(total, limit);
  }
}

function tooMuch(total: number, limit: number): FyndError {
  return new FyndError('fileTooLarge', 'The document would unpack to too much data.', {
    megabytes: Math.round(total / (1024 * 1024)),
    limit: Math.round(limit / (1024 * 1024)),
  });
}

/** Inflates one entry into nothing, adding its size to `before`; stops once past `limit`. */
function inflateCounting(data: Uint8Array, before: number, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = before;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        reject(tooMuch(total, limit));
      }
    });
    inflate.on('error', () =>
      reject(new FyndError('corruptFile', 'The file is damaged or not a Word document.')),
    );
    inflate.on('end', () => resolve(total));
    inflate.end(data);
  });
}

/** An entry of a zip with its bytes, unpacked. */
export interface UnpackedEntry {
  name: string;
  data: Uint8Array;
}

/**
 * Every entry of a zip unpacked once, the guard and the unpacking in one pass: each entry is
 * inflated by Node's zlib with no more room than what is left of `limit`, so the bytes are
 * counted as they come out, whatever sizes the archive claims, and a bomb stops at the limit.
 */
export function unpackWithinBounds(
  bytes: Uint8Array,
  limit: number = MAX_UNPACKED_BYTES,
): UnpackedEntry[] {
  const unpacked: UnpackedEntry[] = [];
  let total = 0;
  for (const entry of zipEntries(bytes)) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let out: Uint8Array;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) out = inflateWithin(data, limit - total, total, limit);
    else throw new FyndError('corruptFile', 'The document has an unexpected structure.');
    total += out.length;
    if (total > limit) throw tooMuch(total, limit);
    unpacked.push({ name: entry.name, data: out });
  }
  return unpacked;
}

/** One entry inflated into at most `room` bytes (one more is past the limit). */
function inflateWithin(data: Uint8Array, room: number, total: number, limit: number): Uint8Array {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, room + 1) });
  } catch (error) {
    if (error instanceof RangeError) throw tooMuch(total + room + 1, limit);
    throw new FyndError('corruptFile', 'The file is damaged.');
  }
}

/** The entries listed in a zip's central directory, with their names and where their data lies. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = () => new FyndError('corruptFile', 'The file is damaged or not a Word document.');
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw damaged();
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES || count === 0xffff || directoryOffset === 0xffffffff) {
    throw new FyndError('corruptFile', 'The document has an unexpected structure.');
  }
  const entries: ZipEntry[] = [];
  let claimed = 0;
  let offset = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== 0x02014b50) {
      throw damaged();
    }
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    // What the archive admits to is refused at once; what it hides is counted while inflating.
    claimed += view.getUint32(offset + 24, true);
    if (claimed > MAX_UNPACKED_BYTES) throw tooMuch(claimed, MAX_UNPACKED_BYTES);
    const local = view.getUint32(offset + 42, true);
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== 0x04034b50) {
      throw damaged();
    }
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > view.byteLength) throw damaged();
    const nameLength = view.getUint16(offset + 28, true);
    if (offset + 46 + nameLength > view.byteLength) throw damaged();
    // Names as UTF-8 whatever the flag says, as JSZip and most tools read them.
    const name = new TextDecoder('utf-8').decode(
      bytes.subarray(offset + 46, offset + 46 + nameLength),
    );
    entries.push({ name, method, dataStart, compressedSize });
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}
