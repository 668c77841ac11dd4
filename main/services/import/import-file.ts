import { extname, basename } from 'node:path';
import { FyndError } from '../../../shared/errors';
import { extractDocxText } from './docx-import';
import { extractPdfText } from './pdf-import';
import { decodeText } from './text-decoding';

export interface ImportedText {
  /** A title proposed from the file name. */
  title: string;
  text: string;
  /** How the bytes were read, e.g. "windows-1252" or "docx". */
  format: string;
  /** Bytes that could not be read in that format and became U+FFFD. */
  replaced: number;
  /** A PDF's pages: where each starts in the text, in code points. */
  pages?: number[];
  /** A PDF's running headers and footers, left out of the text. */
  runningLines?: string[];
}

export const importableExtensions = ['.txt', '.text', '.md', '.markdown', '.docx', '.pdf'] as const;

/** Reads one file's bytes into text by its extension; unsupported types get a clear error. */
export async function importFile(fileName: string, bytes: Uint8Array): Promise<ImportedText> {
  const extension = extname(fileName).toLowerCase();
  const title = titleOf(fileName);
  if (extension === '.docx') {
    return { title, text: await extractDocxText(bytes), format: 'docx', replaced: 0 };
  }
  if (extension === '.pdf') {
    const pdf = await extractPdfText(bytes);
    return {
      title,
      text: pdf.text,
      format: 'pdf',
      replaced: 0,
      pages: pdf.pageStarts,
      runningLines: pdf.runningLines,
    };
  }
  if ((importableExtensions as readonly string[]).includes(extension)) {
    const { text, encoding, replaced } = decodeText(bytes);
    return { title, text, format: encoding, replaced };
  }
  throw new FyndError('unsupportedFile', 'Fynd cannot read this kind of file.', {
    extension: extension || fileName,
    supported: importableExtensions.join(', '),
  });
}

/**
 * A source title from a file name: without its extension, NFC (a Mac writes "å" as two code
 * points in file names), without tabs, line breaks or other controls.
 */
export function titleOf(fileName: string): string {
  const title = basename(fileName, extname(fileName))
    .normalize('NFC')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return (
    title ||
    fileName
      .normalize('NFC')
      .replace(/\p{Cc}+/gu, ' ')
      .trim() ||
    '–'
  );
}
