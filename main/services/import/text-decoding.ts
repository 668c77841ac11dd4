import { FyndError } from '../../../shared/errors';

/** Imported texts beyond this are refused: about 3,000 pages, far past any transcript. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Bytes that were not valid in that encoding and became U+FFFD (said to the user). */
  replaced: number;
}

/**
 * Decodes a text file the way Swedish evaluators' files come: UTF-8 with or without BOM, UTF-16
 * with or without BOM, or Windows-1252 from older Word/Notepad. A file that is valid UTF-8 is
 * UTF-8. One that is not is UTF-8 when its valid multi-byte characters outnumber its bad bytes
 * (a stray byte in a UTF-8 transcript: replaced, and counted), else Windows-1252 (where every
 * å ä ö is a bad UTF-8 byte and no multi-byte character is valid), so "å" never turns into "Ã¥".
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new FyndError('emptyFile', 'The file is empty.');
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new FyndError('fileTooLarge', 'The file is too large to import.', {
      megabytes: Math.round(bytes.length / (1024 * 1024)),
      limit: MAX_TEXT_BYTES / (1024 * 1024),
    });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return checked(decode('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return checked(decode('utf-16be', bytes.subarray(2)), 'utf-16be');
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const utf16 = utf16WithoutBom(body);
  if (utf16) return checked(decode(utf16, body), utf16);
  if (looksBinary(body)) throw new FyndError('binaryFile', 'This is not a text file.');
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(body), 'utf-8');
  } catch (error) {
    if (error instanceof FyndError) throw error;
  }
  const census = utf8Census(body);
  if (census.valid > census.invalid) {
    const text = new TextDecoder('utf-8').decode(body);
    return checked(text, 'utf-8', text.match(/\uFFFD/g)?.length ?? 0);
  }
  return checked(decodeWindows1252(body), 'windows-1252');
}

/**
 * UTF-16 written without a byte order mark: in text that is mostly Latin letters every other byte
 * is zero, the high byte of each character (the second byte in little-endian, the first in big).
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 64 * 1024);
  const pairs = Math.floor(sample.length / 2);
  // No zero byte at all (a native scan): not UTF-16, and no need to count by parity.
  if (pairs < 2 || sample.indexOf(0) === -1) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const guess =
    oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.05
      ? 'utf-16le'
      : evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.05
        ? 'utf-16be'
        : null;
  // The decoded sample must read as text, not as a binary file that happens to have zeros.
  if (!guess || looksLikeControls(decode(guess, sample.subarray(0, pairs * 2)))) return null;
  return guess;
}

function looksLikeControls(text: string): boolean {
  const controls = text.match(/(?![\t\n\r\f])\p{Cc}/gu)?.length ?? 0;
  return controls > text.length * 0.02;
}

/** Valid UTF-8 multi-byte characters and bytes that cannot start or continue one. */
function utf8Census(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Windows-1252 → text. Written out because Node's TextDecoder treats the label as ISO-8859-1 in
 * some builds, which turns "–" and "€" (0x96, 0x80) into invisible control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? (cp1252High[b - 0x80] ?? b) : b)),
    );
  }
  return text;
}

/** 0x80–0x9F in Windows-1252; the five undefined positions keep their byte value. */
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** NUL bytes or many control characters mean a binary file renamed to .txt. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  // An indexed loop: iterating a typed array's values is several times slower, per file imported.
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i] ?? 0;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.02;
}

function checked(text: string, encoding: TextEncodingName, replaced = 0): DecodedText {
  if (text.trim().length === 0) throw new FyndError('emptyFile', 'The file holds no text.');
  return { text, encoding, replaced };
}
