import { FyndError } from '../../../shared/errors';

/** Imported texts beyond this are refused: about 3,000 pages, far past any transcript. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes a text file the way Swedish evaluators' files come: UTF-8 with or without BOM, UTF-16
 * with BOM, or Windows-1252 from older Word/Notepad. Strict UTF-8 is tried first; only bytes that
 * are not valid UTF-8 are read as Windows-1252, so "å" never turns into "Ã¥".
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
  if (looksBinary(body)) throw new FyndError('binaryFile', 'This is not a text file.');
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(body), 'utf-8');
  } catch (error) {
    if (error instanceof FyndError) throw error;
    return checked(decodeWindows1252(body), 'windows-1252');
  }
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
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.02;
}

function checked(text: string, encoding: TextEncodingName): DecodedText {
  if (text.trim().length === 0) throw new FyndError('emptyFile', 'The file holds no text.');
  return { text, encoding };
}
