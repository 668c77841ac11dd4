import { TextOffsets } from '../model/text-offsets';
import { classifyLine } from './speaker-labels';

/**
 * The units a coder thinks in: a word, a sentence, a paragraph (a line, as the transcript draws
 * it) and a speaker turn (a labelled line and the unlabelled lines after it). Positions in and
 * out are code points on the stored text, as every stored offset is; the work inside is done
 * on UTF-16 indexes. A unit never includes a speaker label: a turn's text starts after
 * "Intervjuare: ".
 */

export const textUnits = ['hit', 'sentence', 'paragraph', 'turn'] as const;
/** What a coding covers: the selected text (a search hit), or its sentence, paragraph or turn. */
export type TextUnit = (typeof textUnits)[number];
/** The units a selection can grow to, smallest first. */
export const growingUnits = ['sentence', 'paragraph', 'turn'] as const satisfies TextUnit[];

/** Code points on the stored text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type Direction = 'forward' | 'backward';

interface Line {
  /** UTF-16 indexes: the line without its '\n', and where its text starts after a label. */
  start: number;
  end: number;
  bodyStart: number;
  /** The line that starts its turn, or -1 outside any turn (a header, a document). */
  turn: number;
}

// Ends a sentence when followed by a space or the end of the line; closers may come between.
const TERMINALS = '.!?…';
const CLOSERS = '"”’\')]»';
// Dotted abbreviations that never end a sentence ("t.ex. Sundsvall"), lower case.
const NEVER_ENDS = new Set(
  (
    't.ex. bl.a. d.v.s. dvs. s.k. p.g.a. pga. t.o.m. fr.o.m. fr.a. ca. kl. nr. st. resp. jfr. ' +
    'tel. inkl. exkl. ev. enl. f.d. f.n. t.v. ngt. ngn. e.g. i.e. vs. approx. no. mr. mrs. ' +
    'ms. dr. prof.'
  ).split(' '),
);
// Abbreviations that may also end one: only before a capital letter ("… m.m. Sedan").
const MAY_END = new Set('osv. o.s.v. etc. m.m. m.fl. o.d. e.d. m.a.o.'.split(' '));

const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const JOINER = /^[-'’]$/u;
const CAPITAL = /\p{Lu}/u;

/** A text's lines, turns and sentences, for finding the unit around a place. */
export class TextUnits {
  readonly offsets: TextOffsets;
  private readonly lines: Line[] = [];
  /** The last line of each turn found so far, by its first line. */
  private readonly turnEnds = new Map<number, number>();
  private readonly sentences = new Map<number, readonly (readonly [number, number])[]>();

  constructor(readonly text: string) {
    this.offsets = new TextOffsets(text);
    let turn = -1;
    for (let start = 0; start <= text.length;) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline;
      const kind = classifyLine(text.slice(start, end));
      let bodyStart = start;
      if (kind.kind === 'speaker') {
        turn = this.lines.length;
        bodyStart = start + kind.label.length;
        while (bodyStart < end && /[ \t]/.test(text[bodyStart] ?? '')) bodyStart++;
      } else if (kind.kind === 'metadata') {
        turn = -1;
      }
      this.lines.push({ start, end, bodyStart, turn: kind.kind === 'metadata' ? -1 : turn });
      if (newline === -1) break;
      start = newline + 1;
    }
  }

  /** The unit around a span (the span itself for 'hit'), or null if it holds no text. */
  expand(span: Span, unit: TextUnit): Span | null {
    const clamped = this.clamp(span);
    if (unit === 'hit') return clamped;
    // A span inside a label alone stands for the turn it labels.
    const from = clamped ? this.offsets.toUtf16(clamped.start) : this.offsets.toUtf16(span.start);
    const to = clamped ? this.offsets.toUtf16(clamped.end) : from + 1;
    const first = this.unitAt(from, unit);
    const last = this.unitAt(Math.max(from, to - 1), unit);
    if (!first || !last) return null;
    return this.toSpan(Math.min(first[0], last[0]), Math.max(first[1], last[1]));
  }

  /**
   * The smallest unit around the span that is larger than it (a sentence, then a paragraph,
   * then a turn), or null when the span already covers its turn.
   */
  grow(span: Span): { unit: TextUnit; span: Span } | null {
    const current = this.clamp(span) ?? span;
    for (const unit of growingUnits) {
      const grown = this.expand(current, unit);
      if (grown && (grown.start < current.start || grown.end > current.end)) {
        return { unit, span: grown };
      }
    }
    return null;
  }

  /** The span without white space or speaker labels at its edges, or null if nothing is left. */
  clamp(span: Span): Span | null {
    let start = this.offsets.toUtf16(span.start);
    let end = this.offsets.toUtf16(span.end);
    while (start < end && this.isBlank(start)) start++;
    while (end > start && this.isBlank(end - 1)) end--;
    return end > start ? this.toSpan(start, end) : null;
  }

  /**
   * Where a word-wise move from a place lands: forward, the end of the next word; backward, the
   * start of the previous one. Speaker labels are stepped over as if they were white space.
   */
  wordEdge(position: number, direction: Direction): number {
    let i = this.offsets.toUtf16(position);
    if (direction === 'forward') {
      while (i < this.text.length && !this.isWord(i)) i = this.after(i);
      while (i < this.text.length && this.isWord(i)) i = this.after(i);
    } else {
      while (i > 0 && !this.isWord(this.before(i))) i = this.before(i);
      while (i > 0 && this.isWord(this.before(i))) i = this.before(i);
    }
    return this.offsets.toCodePoint(i);
  }

  /** A place moved out of the word it is inside, to the word's start or end; else unchanged. */
  snapToWord(position: number, toward: 'start' | 'end'): number {
    let i = this.offsets.toUtf16(position);
    if (i <= 0 || i >= this.text.length || !this.isWord(i) || !this.isWord(this.before(i))) {
      return position;
    }
    if (toward === 'start') while (i > 0 && this.isWord(this.before(i))) i = this.before(i);
    else while (i < this.text.length && this.isWord(i)) i = this.after(i);
    return this.offsets.toCodePoint(i);
  }

  /**
   * Where a paragraph-wise move lands: forward, the end of this paragraph's text (or of the
   * next one, when already there); backward, its start after any label (or the previous one's).
   */
  paragraphEdge(position: number, direction: Direction): number {
    const at = this.offsets.toUtf16(position);
    let index = this.lineIndexAt(at);
    while (index >= 0 && index < this.lines.length) {
      const body = this.lineBody(index);
      if (body) {
        const edge = direction === 'forward' ? body[1] : body[0];
        if (direction === 'forward' ? edge > at : edge < at) return this.offsets.toCodePoint(edge);
      }
      index += direction === 'forward' ? 1 : -1;
    }
    return direction === 'forward' ? this.offsets.codePointLength : 0;
  }

  /**
   * Every unit of the text in order, as code-point spans: its sentences, or its paragraphs, where
   * a speaker turn (with the unlabelled lines after it) counts as one paragraph.
   */
  allUnits(unit: 'sentence' | 'paragraph'): Span[] {
    const found: Span[] = [];
    for (let index = 0; index < this.lines.length; index++) {
      const line = this.lines[index];
      const body = this.lineBody(index);
      if (!line || !body) continue;
      if (unit === 'sentence') {
        for (const [from, to] of this.sentencesOf(index, body)) found.push(this.toSpan(from, to));
        continue;
      }
      const whole = line.turn >= 0 ? this.unitAt(body[0], 'turn') : body;
      if (!whole) continue;
      const last = found.at(-1);
      const span = this.toSpan(whole[0], whole[1]);
      // A turn's later lines find the turn already listed.
      if (!last || last.start !== span.start) found.push(span);
    }
    return found;
  }

  /** UTF-16 [start, end) of the unit around a UTF-16 index, or null where there is no text. */
  private unitAt(at: number, unit: Exclude<TextUnit, 'hit'>): readonly [number, number] | null {
    const index = this.lineIndexAt(at);
    const line = this.lines[index];
    if (!line) return null;
    if (unit === 'turn' && line.turn >= 0) {
      let last = this.turnEnds.get(line.turn) ?? index;
      while (this.lines[last + 1]?.turn === line.turn) last++;
      this.turnEnds.set(line.turn, last);
      const from = this.lines[line.turn]?.bodyStart ?? line.bodyStart;
      return this.trimmed(from, this.lines[last]?.end ?? line.end);
    }
    const body = this.lineBody(index);
    if (!body || unit !== 'sentence') return body;
    const sentences = this.sentencesOf(index, body);
    const position = Math.max(at, body[0]);
    // In the space between two sentences, the next one; after the last, the last.
    return sentences.find((s) => position < s[1]) ?? sentences.at(-1) ?? body;
  }

  /** A line's text after its label, trimmed; null for a blank line. */
  private lineBody(index: number): readonly [number, number] | null {
    const line = this.lines[index];
    return line ? this.trimmed(line.bodyStart, line.end) : null;
  }

  /** The sentences of a line's text, cached: each from its first character to its end mark. */
  private sentencesOf(
    index: number,
    body: readonly [number, number],
  ): readonly (readonly [number, number])[] {
    const cached = this.sentences.get(index);
    if (cached) return cached;
    const found: [number, number][] = [];
    const [, end] = body;
    const text = this.text;
    let start = body[0];
    for (let i = start; i < end; i++) {
      if (!TERMINALS.includes(text[i] ?? '')) continue;
      let marks = i + 1;
      while (marks < end && TERMINALS.includes(text[marks] ?? '')) marks++;
      let close = marks;
      while (close < end && CLOSERS.includes(text[close] ?? '')) close++;
      if (close < end && !SPACE.test(text[close] ?? '')) continue;
      if (marks === i + 1 && text[i] === '.' && !this.endsSentence(start, i, close, end)) continue;
      found.push([start, close]);
      start = close;
      while (start < end && SPACE.test(text[start] ?? '')) start++;
      i = start - 1;
    }
    if (start < end) found.push([start, end]);
    this.sentences.set(index, found);
    return found;
  }

  /** Whether the full stop at `dot` ends the sentence begun at `start` (not "t.ex.", "A."). */
  private endsSentence(start: number, dot: number, close: number, end: number): boolean {
    let from = dot;
    while (from > start && !SPACE.test(this.text[from - 1] ?? '')) from--;
    const word = this.text.slice(from, dot + 1).toLocaleLowerCase('sv');
    const bare = this.text.slice(from, dot);
    // An initial ("A. Berg") or a list number at the sentence's start ("1. Först …").
    if (/^\p{Lu}$/u.test(bare) || (from === start && /^\d+$/u.test(bare))) return false;
    if (NEVER_ENDS.has(word)) return false;
    if (MAY_END.has(word)) {
      let next = close;
      while (next < end && SPACE.test(this.text[next] ?? '')) next++;
      return next >= end || CAPITAL.test(this.text[next] ?? '');
    }
    return true;
  }

  private trimmed(from: number, to: number): readonly [number, number] | null {
    let start = from;
    let end = to;
    while (start < end && this.isBlank(start)) start++;
    while (end > start && this.isBlank(end - 1)) end--;
    return end > start ? [start, end] : null;
  }

  /** Whether a UTF-16 index holds white space or part of a speaker label (with its space). */
  private isBlank(i: number): boolean {
    if (SPACE.test(this.text[i] ?? '')) return true;
    const line = this.lines[this.lineIndexAt(i)];
    return line !== undefined && i >= line.start && i < line.bodyStart;
  }

  /** Whether the character at a UTF-16 index belongs to a word (a label's letters do not). */
  private isWord(i: number): boolean {
    const char = String.fromCodePoint(this.text.codePointAt(i) ?? 32);
    if (JOINER.test(char)) {
      // "EU-projekt", "Ann-Sofie": a joiner between two word characters.
      const next = i + 1;
      if (i === 0 || next >= this.text.length) return false;
      if (!WORD_CHAR.test(this.text[i - 1] ?? '') || !WORD_CHAR.test(this.text[next] ?? '')) {
        return false;
      }
    } else if (!WORD_CHAR.test(char)) {
      return false;
    }
    return !this.isBlank(i);
  }

  private after(i: number): number {
    const code = this.text.charCodeAt(i);
    return i + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  }

  private before(i: number): number {
    const code = this.text.charCodeAt(i - 1);
    return i - (code >= 0xdc00 && code <= 0xdfff && i >= 2 ? 2 : 1);
  }

  /** The index of the line holding a UTF-16 index (the last starting at or before it). */
  private lineIndexAt(at: number): number {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lines[mid]?.start ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private toSpan(from: number, to: number): Span {
    return { start: this.offsets.toCodePoint(from), end: this.offsets.toCodePoint(to) };
  }
}
