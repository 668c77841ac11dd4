import { codePointLength, normaliseText } from '../../../shared/model/text-offsets';

/** One line of a PDF page as its text layer draws it: its text, where it sits and how large. */
export interface PdfLine {
  text: string;
  /** Left edge and baseline, in PDF points (y grows upwards). */
  x: number;
  y: number;
  /** Font size in points. */
  size: number;
}

/** A page's lines in reading order (the order the PDF draws them). */
export type PdfPageLines = readonly PdfLine[];

/** A PDF's text as Fynd stores it, with where each page starts and what was left out. */
export interface PdfText {
  /** One paragraph a line, NFC, as every stored text. */
  text: string;
  /** Code-point offset where each page starts (page n at index n - 1). */
  pageStarts: number[];
  /** Running headers and footers (page numbers included) left out, each once, as first seen. */
  runningLines: string[];
}

/** Lines this near a page's top or bottom edge may be a running header or footer. */
const EDGE_LINES = 3;
/** A line break counts as a paragraph break when the gap is this much above the usual one. */
const PARAGRAPH_GAP = 1.3;
/** Words after which a hyphen at a line end is kept: "vård- och omsorg", "pre- and post-". */
const KEPT_HYPHEN_BEFORE = new Set(['och', 'eller', 'samt', 'respektive', 'and', 'or', 'to']);
const PAGE_NUMBER =
  /^[-–—]?\s*(?:(?:sida|sid\.|s\.|page|p\.)\s*)?\d{1,4}(?:\s*(?:av|of|\/)\s*\d{1,4})?\s*[-–—]?$/i;

/**
 * Rebuilds running text from a PDF's lines: running headers and footers left out (a line at
 * the same place on most pages, its numbers aside, and lone page numbers), lines joined into
 * paragraphs where the line spacing says so, and a word hyphenated at a line end made whole.
 */
export function layoutPdfText(pages: readonly PdfPageLines[]): PdfText {
  const running = runningLineKeys(pages);
  const runningLines: string[] = [];
  const kept = pages.map((lines) =>
    lines.filter((line, index) => {
      const isRunning =
        isEdge(lines, index) && (running.has(lineKey(line)) || PAGE_NUMBER.test(line.text));
      if (isRunning && !runningLines.some((seen) => sameRunning(seen, line.text)))
        runningLines.push(line.text);
      return !isRunning;
    }),
  );
  const usualGap = medianGap(kept);
  let text = '';
  const starts: (number | undefined)[] = [];
  let length = 0;
  let previous: PdfLine | undefined;
  for (const lines of kept) {
    let pageStart: number | undefined;
    for (const line of lines) {
      const join = previous ? joinOf(previous, line, usualGap, pageStart === undefined) : 'none';
      if (join === 'unhyphen') {
        text = text.slice(0, -1);
        length--;
      }
      const separator = join === 'paragraph' ? '\n' : join === 'space' ? ' ' : '';
      text += separator;
      length += separator.length;
      pageStart ??= length;
      text += line.text;
      length += codePointLength(line.text);
      previous = line;
    }
    starts.push(pageStart);
  }
  // A page without text starts where the next one does (a quote is never on a blank page).
  const pageStarts: number[] = [];
  let next = length;
  for (let i = starts.length - 1; i >= 0; i--) {
    next = starts[i] ?? next;
    pageStarts[i] = next;
  }
  if (pageStarts.length > 0) pageStarts[0] = 0;
  return { text, pageStarts, runningLines };
}

/** Lines as one paragraph, a space apart, hyphen removed, or a new paragraph. */
type Join = 'paragraph' | 'space' | 'unhyphen' | 'none';

function joinOf(before: PdfLine, after: PdfLine, usualGap: number, newPage: boolean): Join {
  const hyphenated = /\p{L}[-\u2010\u00ad]$/u.test(before.text) && /^\p{Ll}/u.test(after.text);
  if (newPage) {
    // A paragraph runs on over a page break when the page ends mid-sentence.
    if (hyphenated && !keptHyphen(after.text)) return 'unhyphen';
    return /[\p{L},–-]$/u.test(before.text) && /^\p{Ll}/u.test(after.text) ? 'space' : 'paragraph';
  }
  const gap = (before.y - after.y) / Math.max(before.size, 1);
  const sameSize = Math.abs(before.size - after.size) <= Math.max(before.size, after.size) * 0.1;
  const newParagraph = gap <= 0 || !sameSize || gap > usualGap * PARAGRAPH_GAP + 0.1;
  if (newParagraph) return 'paragraph';
  if (hyphenated && !keptHyphen(after.text)) return 'unhyphen';
  return /[\s\u2010\u00ad-]$/u.test(before.text) || hyphenated ? 'none' : 'space';
}

function keptHyphen(next: string): boolean {
  const word = /^\p{L}+/u.exec(next)?.[0] ?? '';
  return KEPT_HYPHEN_BEFORE.has(word.toLowerCase());
}

/** The usual distance from one line to the next, in font sizes. */
function medianGap(pages: readonly PdfPageLines[]): number {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1];
      const b = lines[i];
      if (!a || !b || Math.abs(a.size - b.size) > a.size * 0.1) continue;
      const gap = (a.y - b.y) / Math.max(a.size, 1);
      if (gap > 0.5 && gap < 4) gaps.push(gap);
    }
  }
  if (gaps.length === 0) return 1.2;
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 2)] ?? 1.2;
}

/** Whether a line is among the topmost or bottommost of its page. */
function isEdge(lines: PdfPageLines, index: number): boolean {
  const line = lines[index];
  if (!line) return false;
  const above = lines.filter((other) => other.y > line.y).length;
  const below = lines.filter((other) => other.y < line.y).length;
  return above < EDGE_LINES || below < EDGE_LINES;
}

/** A line's identity across pages: its text with numbers as #, and its place on the page. */
function lineKey(line: PdfLine): string {
  return `${Math.round(line.y / 6)}|${line.text.replace(/\d+/g, '#').toLowerCase()}`;
}

function sameRunning(a: string, b: string): boolean {
  return a.replace(/\d+/g, '#') === b.replace(/\d+/g, '#');
}

/** Edge lines found at the same place on most pages (at least two). */
function runningLineKeys(pages: readonly PdfPageLines[]): Set<string> {
  const count = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(lines.filter((_, i) => isEdge(lines, i)).map(lineKey));
    for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  return new Set([...count].filter(([, n]) => n >= needed).map(([key]) => key));
}

/** A line's text as it is stored: NFC, single spaces, no controls. */
export function cleanLineText(text: string): string {
  return normaliseText(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
