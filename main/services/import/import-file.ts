import { extname, basename } from 'node:path';
import { FyndError } from '../../../shared/errors';
import { extractDocxText } from './docx-import';
import { decodeText } from './text-decoding';

export interface ImportedText {
  /** A title proposed from the file name. */
  title: string;
  text: string;
  /** How the bytes were read, e.g. "windows-1252" or "docx". */
  format: string;
}

export const importableExtensions = ['.txt', '.text', '.md', '.markdown', '.docx'] as const;

/** Reads one file's bytes into text by its extension; unsupported types get a clear error. */
export async function importFile(fileName: string, bytes: Uint8Array): Promise<ImportedText> {
  const extension = extname(fileName).toLowerCase();
  const title = basename(fileName, extname(fileName)).trim() || fileName;
  if (extension === '.docx') {
    return { title, text: await extractDocxText(bytes), format: 'docx' };
  }
  if ((importableExtensions as readonly string[]).includes(extension)) {
    const { text, encoding } = decodeText(bytes);
    return { title, text, format: encoding };
  }
  throw new FyndError('unsupportedFile', 'Fynd cannot read this kind of file.', {
    extension: extension || fileName,
    supported: importableExtensions.join(', '),
  });
}
