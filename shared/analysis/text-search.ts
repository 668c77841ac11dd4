import { TextOffsets } from '../model/text-offsets';

export interface SearchOptions {
  /** "samverkan" finds "Samverkan" unless this is set. */
  caseSensitive: boolean;
  /** Whether "a" also finds "å", "ä" (the user chooses: in Swedish they are different letters). */
  foldDiacritics: boolean;
  wholeWord: boolean;
  /** The query is a regular expression (JavaScript syntax, Unicode mode). */
  regex: boolean;
}

export interface TextHit {
  /** Code points on the stored text, end exclusive: ready to become a coding. */
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
}

export const defaultSearchOptions: SearchOptions = {
  caseSensitive: false,
  foldDiacritics: false,
  wholeWord: false,
  regex: false,
};

const CONTEXT = 60;

/** A compiled query, and whether texts are folded before matching. */
export interface PreparedSearch {
  pattern: RegExp;
  fold: boolean;
}

/**
 * Compiles a query into a global Unicode regex; throws a SyntaxError for a bad user regex.
 * Folding keeps every BMP character one unit long, so offsets in folded text are offsets in
 * the original.
 */
export function prepareSearch(query: string, options: SearchOptions): PreparedSearch {
  const fold = options.foldDiacritics;
  const source = options.regex ? query : escapeRegex(fold ? foldDiacritics(query) : query);
  const bounded = options.wholeWord
    ? `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`
    : source;
  return { pattern: new RegExp(bounded, `gu${options.caseSensitive ? '' : 'i'}`), fold };
}

/** What a search of one text found: the first hits in detail, and how many there are in all. */
export interface TextSearchResult {
  hits: TextHit[];
  total: number;
}

/**
 * The non-empty matches of a prepared query in one text: the first `limit` with context, the
 * rest only counted (a common word in a thousand interviews must not build 100,000 hits).
 */
export function searchText(text: string, search: PreparedSearch, limit = 10_000): TextSearchResult {
  const haystack = search.fold ? foldDiacritics(text) : text;
  const found = findMatches(haystack, search.pattern.source, search.pattern.flags, limit);
  return { hits: hitsAt(text, found.ranges), total: found.total };
}

/** Where a pattern matched: UTF-16 [start, end) pairs of the first `limit`, and the count of all. */
export interface MatchRanges {
  ranges: number[];
  total: number;
}

/**
 * The matching itself. Self-contained (it uses nothing outside its body), so the same function
 * also runs in a worker thread, where a user's regular expression can be stopped.
 */
export function findMatches(
  haystack: string,
  source: string,
  flags: string,
  limit: number,
): MatchRanges {
  const pattern = new RegExp(source, flags);
  const ranges: number[] = [];
  let total = 0;
  for (const match of haystack.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    total++;
    if (ranges.length < limit * 2) ranges.push(match.index, match.index + match[0].length);
  }
  return { ranges, total };
}

/** Hits with code-point offsets and context, from UTF-16 match ranges in the text. */
export function hitsAt(text: string, ranges: readonly number[]): TextHit[] {
  const hits: TextHit[] = [];
  const offsets = ranges.length > 0 ? new TextOffsets(text) : null;
  for (let i = 0; offsets && i + 1 < ranges.length; i += 2) {
    const from = ranges[i] ?? 0;
    const to = ranges[i + 1] ?? 0;
    hits.push({
      start: offsets.toCodePoint(from),
      end: offsets.toCodePoint(to),
      text: text.slice(from, to),
      before: text.slice(Math.max(0, from - CONTEXT), from).replace(/^\S*\s/, ''),
      after: text.slice(to, to + CONTEXT).replace(/\s\S*$/, ''),
    });
  }
  return hits;
}

/** "Härnösand" → "Harnosand", one UTF-16 unit per BMP character, so offsets do not move. */
export function foldDiacritics(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const code = ch.charCodeAt(0);
    if (code < 0xc0 || (code >= 0xd800 && code <= 0xdfff)) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD')[0] ?? ch;
    out += base.length === 1 && base.charCodeAt(0) < 0xd800 ? base : ch;
  }
  return out;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
