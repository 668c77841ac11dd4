/**
 * The height a row of wrapped cells needs, as Excel's autofit would set it: streamed rows are
 * never measured by Excel, and LibreOffice keeps the default height, so without this a long
 * text spills over the rows below it.
 *
 * Widths are those of Carlito, metric-compatible with Calibri (the workbook's font), in
 * thousandths of an em, measured once with Chromium's canvas. Code points 32–126 in order.
 */
const ASCII_WIDTHS = [
  226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, 507, 507, 507,
  507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463, 894, 579, 544, 533, 615, 488,
  459, 631, 623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642, 567, 890, 519,
  487, 468, 307, 386, 307, 498, 498, 291, 479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455,
  229, 799, 525, 527, 525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395, 314, 460, 314, 498,
];
/** Letters and marks beyond ASCII that Swedish and English text uses often. */
const OTHER_WIDTHS = new Map<number, number>(
  Object.entries({
    Å: 579,
    Ä: 579,
    Ö: 662,
    å: 479,
    ä: 479,
    ö: 527,
    É: 488,
    é: 498,
    Ü: 642,
    ü: 525,
    Æ: 763,
    æ: 773,
    Ø: 664,
    ø: 529,
    '–': 498,
    '—': 905,
    '’': 250,
    '”': 418,
    '“': 418,
    '…': 690,
    '›': 339,
    '×': 498,
    '−': 498,
  }).map(([char, width]) => [char.codePointAt(0) ?? 0, width]),
);
/** Other letters (Latin, Greek, Cyrillic): a little wider than the average. */
const OTHER_WIDTH = 600;
/** Wide scripts (CJK, Hangul) and emoji take a full em. */
const WIDE_WIDTH = 1000;
const SPACE_WIDTH = 226;
/** Bold glyphs are up to a few per cent wider. */
const BOLD_FACTOR = 1.05;
/** Excel's column width unit is the width of a digit: 7 px for Calibri 11 (of 14.67 px a em). */
const DIGIT_PX = 7;
/** Cell padding and grid line, in pixels, taken off a column's width. */
const PADDING_PX = 5;
/** Excel's default row height for an 11 pt font, one line; lines scale with the font size. */
const LINE_POINTS_PER_FONT_POINT = 15 / 11;
/** The tallest row Excel allows. */
export const MAX_ROW_HEIGHT = 409;
export const DEFAULT_FONT_SIZE = 11;

/** Widths by code point up to U+02FF (Latin), looked up without hashing; the rest in the map. */
const LATIN_WIDTHS = new Uint16Array(0x300).fill(OTHER_WIDTH);
ASCII_WIDTHS.forEach((width, i) => (LATIN_WIDTHS[i + 32] = width));
for (const [code, width] of OTHER_WIDTHS) if (code < 0x300) LATIN_WIDTHS[code] = width;

function charWidth(code: number): number {
  if (code < 0x300) return LATIN_WIDTHS[code] ?? OTHER_WIDTH;
  // A high surrogate starts an emoji or a rare CJK character; its low half adds nothing.
  if (code >= 0xdc00 && code < 0xe000) return 0;
  return OTHER_WIDTHS.get(code) ?? (code >= 0x1100 ? WIDE_WIDTH : OTHER_WIDTH);
}

/** Where a text wraps: a cell's column width and its font. */
export interface WrapBox {
  /** Column width in Excel's character units. */
  width: number;
  /** Font size in points (default 11). */
  fontSize?: number;
  bold?: boolean;
}

/** The room for text in a column, in thousandths of an em of its font. */
function room(box: WrapBox): number {
  const pxPerEm = ((box.fontSize ?? DEFAULT_FONT_SIZE) * 96) / 72;
  const px = Math.max(1, box.width * DIGIT_PX - PADDING_PX);
  return ((px / pxPerEm) * 1000) / (box.bold ? BOLD_FACTOR : 1);
}

/**
 * How many lines a text takes in a wrapped cell: its own line breaks, then wrapping between
 * words (a word longer than the line breaks where the line ends), as Excel and LibreOffice do.
 * One pass over the characters, nothing allocated: it runs for every wrapped cell of a report.
 */
export function wrappedLines(text: string, box: WrapBox): number {
  const limit = room(box);
  // Most cells are short: no need to measure a line that fits even in the widest glyphs.
  if (text.length * WIDE_WIDTH <= limit && !text.includes('\n')) return 1;
  let lines = 1;
  // Width of the words on the current line, and of the word being read.
  let used = 0;
  let word = 0;
  // One step past the end, as if a space ended the text, places its last word.
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code === 32 || code === 10) {
      if (word > 0) {
        if (used === 0) used = word;
        else if (used + SPACE_WIDTH + word <= limit) used += SPACE_WIDTH + word;
        else {
          lines++;
          used = word;
        }
        word = 0;
      }
      if (code === 10) {
        lines++;
        used = 0;
      }
      continue;
    }
    const width = code < 0x300 ? (LATIN_WIDTHS[code] ?? OTHER_WIDTH) : charWidth(code);
    if (word + width > limit) {
      // A word longer than a line: it starts a line of its own and breaks where that ends.
      if (used > 0) lines++;
      if (word > 0) lines++;
      used = 0;
      word = width;
    } else {
      word += width;
    }
  }
  return lines;
}

/** The height in points of `lines` lines of text (Excel's default for one, and at most 409). */
export function linesHeight(lines: number, fontSize = DEFAULT_FONT_SIZE): number {
  const height = lines * fontSize * LINE_POINTS_PER_FONT_POINT;
  return Math.min(MAX_ROW_HEIGHT, Math.round(height * 4) / 4);
}

/**
 * The height in points a row needs for its wrapped cells (each a text in its box): the tallest
 * cell decides, as with Excel's autofit.
 */
export function rowHeight(cells: readonly { text: string; box: WrapBox }[]): number {
  let tallest = linesHeight(1);
  for (const { text, box } of cells) {
    tallest = Math.max(tallest, linesHeight(wrappedLines(text, box), box.fontSize));
  }
  return tallest;
}
