/**
 * Offsets are stored as Unicode code points (the REFI-QDA rule) while JavaScript strings count
 * UTF-16 units. This converts between the two; texts without astral characters (most
 * transcripts) take the identity path.
 */
export class TextOffsets {
  /** UTF-16 index of each astral (surrogate-pair) character, ascending. */
  private readonly astral: number[] = [];
  readonly codePointLength: number;

  constructor(readonly text: string) {
    // The native scan answers "no astral characters" for most texts far faster than the loop.
    if (!HIGH_SURROGATE.test(text)) {
      this.codePointLength = text.length;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
    this.codePointLength = text.length - this.astral.length;
  }

  /** UTF-16 index → code point index. An index inside a surrogate pair rounds down. */
  toCodePoint(utf16: number): number {
    const clamped = Math.max(0, Math.min(utf16, this.text.length));
    // Each astral character that starts before the index counts one unit too many; one whose
    // pair the index splits is thereby rounded down to its start.
    return clamped - countBelow(this.astral, clamped);
  }

  /** Code point index → UTF-16 index. */
  toUtf16(codePoint: number): number {
    const clamped = Math.max(0, Math.min(codePoint, this.codePointLength));
    let lo = 0;
    let hi = this.astral.length;
    // Find how many astral characters lie before the code point.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = this.astral[mid] ?? 0;
      if (at - mid < clamped) lo = mid + 1;
      else hi = mid;
    }
    return clamped + lo;
  }

  /** The text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** How many of the ascending positions lie below the limit. */
export function countBelow(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  return new TextOffsets(text).codePointLength;
}

const INVISIBLE_CONTROLS = /[\p{Cc}\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/gu;

/**
 * The one normalisation every text gets before any offset is stored: no BOM, `\n` line ends,
 * Unicode NFC (so "å" typed on a Mac and on Windows is the same character), and no invisible
 * controls: C0/C1 control characters (but tab and newline) and bidirectional overrides, which
 * could make a transcript display something other than what it says ("Trojan Source"), nor
 * U+FFFE/U+FFFF, which no XML output (Excel, Word, REFI-QDA) may hold.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE_CONTROLS, (c) => (c === '\t' || c === '\n' ? c : ''))
    .normalize('NFC');
}
