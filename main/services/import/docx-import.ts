import mammoth from 'mammoth';
import { FyndError } from '../../../shared/errors';
import { docxNotes } from './docx-notes';
import { assertZipWithinBounds } from './zip-guard';

/**
 * The text of a Word document: paragraphs kept (one per line), then its footnotes and endnotes;
 * images and formatting dropped.
 */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw new FyndError('emptyFile', 'The file is empty.');
  await assertZipWithinBounds(bytes);
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch {
    throw new FyndError('corruptFile', 'The file is damaged or not a Word document.');
  }
  // mammoth ends every paragraph with a blank line; one line break per paragraph reads better
  // and keeps speaker turns ("I:", "R:") on lines of their own.
  const body = value.replace(/\n{2,}/g, '\n').trim();
  const notes = await docxNotes(bytes).catch(() => []);
  // Notes follow the body after a blank line, numbered as Word shows them.
  const text = notes.length > 0 ? `${body}\n\n${notes.join('\n')}` : body;
  if (text.length === 0) throw new FyndError('emptyFile', 'The document holds no text.');
  return text;
}
