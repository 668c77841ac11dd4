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
  const { pattern } = search;
  const haystack = search.fold ? foldDiacritics(text) : text;
  let offsets: TextOffsets | null = null;
  const hits: TextHit[] = [];
  let total = 0;
  pattern.lastIndex = 0;
  for (const match of haystack.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    total++;
    if (hits.length >= limit) continue;
    const from = match.index;
    const to = from + match[0].length;
    offsets ??= new TextOffsets(text);
    hits.push({
      start: offsets.toCodePoint(from),
      end: offsets.toCodePoint(to),
      text: text.slice(from, to),
      before: text.slice(Math.max(0, from - CONTEXT), from).replace(/^\S*\s/, ''),
      after: text.slice(to, to + CONTEXT).replace(/\s\S*$/, ''),
    });
  }
  return { hits, total };
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
