import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { FyndError } from '../../../shared/errors';
import { cleanLineText, layoutPdfText, type PdfLine, type PdfText } from './pdf-layout';

/** A PDF may have at most this many pages: a long report has hundreds, not tens of thousands. */
export const MAX_PDF_PAGES = 5000;
/** A PDF file may be this large: reports with photographs are big, their text is small. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded once and only when a PDF is imported. Its worker runs in this thread (no
 * worker file to find next to a bundle, no download); it is only parsing, never drawing.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    Object.assign(globalThis, { pdfjsWorker: worker });
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

/**
 * The text of a PDF in reading order, with where each page starts and the running headers and
 * footers left out. A PDF without a text layer (a scan), with a password or damaged is refused
 * with its own message.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  if (bytes.length === 0) throw new FyndError('emptyFile', 'The file is empty.');
  if (bytes.length > MAX_PDF_BYTES) {
    throw new FyndError('fileTooLarge', 'The file is too large to import.', {
      megabytes: Math.round(bytes.length / (1024 * 1024)),
      limit: MAX_PDF_BYTES / (1024 * 1024),
    });
  }
  const { getDocument } = await loadPdfJs();
  // pdf.js takes the buffer over, so it gets a copy of its own.
  const task = getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw pdfError(error);
    });
    if (document.numPages > MAX_PDF_PAGES) {
      throw new FyndError('pdfTooManyPages', 'The PDF has too many pages.', {
        pages: document.numPages,
        limit: MAX_PDF_PAGES,
      });
    }
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number).catch((error: unknown) => {
        throw pdfError(error);
      });
      const content = await page.getTextContent();
      pages.push(linesOf(content.items));
      page.cleanup();
    }
    const result = layoutPdfText(pages);
    if (result.text.trim() === '') {
      throw new FyndError('pdfNoText', 'The PDF has no text layer (a scan?).', {
        pages: document.numPages,
      });
    }
    return result;
  } finally {
    await task.destroy();
  }
}

function pdfError(error: unknown): FyndError {
  if (error instanceof FyndError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException')
    return new FyndError('pdfEncrypted', 'The PDF is protected by a password.');
  return new FyndError('pdfDamaged', 'The PDF is damaged or not a PDF.');
}

interface TextRun {
  str: string;
  transform: readonly number[];
  width: number;
  hasEOL: boolean;
}

function isTextRun(item: unknown): item is TextRun {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/**
 * The lines of a page from its text runs, in the order the PDF draws them (the reading order
 * of a well-made PDF, columns included). A run starts a new line after an end of line, or when
 * it moves off the baseline; a space goes between runs with a gap between them.
 */
function linesOf(items: readonly unknown[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { end: number }) | undefined;
  let ended = false;
  for (const item of items) {
    if (!isTextRun(item)) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    if (item.str !== '') {
      const onLine =
        current &&
        !ended &&
        Math.abs(y - current.y) <= Math.max(size, current.size) * 0.5 &&
        x >= current.end - size;
      if (current && onLine) {
        const gap = x - current.end;
        const spaced = /\s$/.test(current.text) || /^\s/.test(item.str);
        current.text += gap > size * 0.15 && !spaced ? ` ${item.str}` : item.str;
        current.end = Math.max(current.end, x + item.width);
        current.size = Math.max(current.size, size);
      } else {
        current = { text: item.str, x, y, size, end: x + item.width };
        lines.push(current);
      }
      ended = false;
    }
    if (item.hasEOL) ended = true;
  }
  return lines
    .map(({ text, x, y, size }) => ({ text: cleanLineText(text), x, y, size }))
    .filter((line) => line.text !== '');
}
