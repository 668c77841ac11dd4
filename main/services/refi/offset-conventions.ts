import { TextOffsets, countBelow } from '../../../shared/model/text-offsets';

/**
 * How a tool counted the offsets it wrote for one source. NVivo counts UTF-16 code units on the
 * text without its BOM, CR LF as two; code-point tools (QualCoder and its kin) count code points;
 * the standard's wording settles neither, so each source is tested against its own text.
 */
export interface OffsetConvention {
  units: 'utf16' | 'codepoints';
  /** How many positions a CR LF takes. */
  crlf: 1 | 2;
  /** Whether position 0 is the byte order mark. */
  bomCounted: boolean;
}

/** Where a convention puts one offset on the original text (a UTF-16 index), or null. */
type Locate = (offset: number) => number | null;

interface Candidate {
  convention: OffsetConvention;
  locate: Locate;
}

/** A selection's bounds as REFI wrote them. */
export interface RawRange {
  start: number;
  end: number;
}

export interface ConventionChoice {
  convention: OffsetConvention;
  /** The original UTF-16 range of each selection, or null when it fits no place in the text. */
  ranges: ({ start: number; end: number } | null)[];
  /** Selections whose both ends fall on word boundaries under the chosen convention. */
  onWords: number;
  /** Whether another convention placed the selections differently and scored as well. */
  undecided: boolean;
}

/** The candidates that could differ for this text, the likeliest (NVivo's) first. */
function candidates(text: string, hasBom: boolean): Candidate[] {
  const hasCrlf = text.includes('\r\n');
  const hasAstral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
  const list: Candidate[] = [];
  for (const units of hasAstral ? (['utf16', 'codepoints'] as const) : (['utf16'] as const)) {
    for (const crlf of hasCrlf ? ([2, 1] as const) : ([2] as const)) {
      for (const bomCounted of hasBom ? [false, true] : [false]) {
        const convention: OffsetConvention = { units, crlf, bomCounted };
        list.push({ convention, locate: locator(text, convention) });
      }
    }
  }
  return list;
}

function locator(text: string, convention: OffsetConvention): Locate {
  const counted = convention.crlf === 1 ? text.replace(/\r\n/g, '\n') : text;
  // Where each dropped CR's line feed sits in the counted text: to map back, add those before.
  const dropped: number[] = [];
  if (convention.crlf === 1) {
    for (let i = 0, removed = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
        dropped.push(i - removed);
        removed++;
      }
    }
  }
  const offsets = convention.units === 'codepoints' ? new TextOffsets(counted) : null;
  return (offset) => {
    const at = convention.bomCounted ? offset - 1 : offset;
    if (!Number.isInteger(at) || at < 0) return null;
    let index: number;
    if (offsets) {
      if (at > offsets.codePointLength) return null;
      index = offsets.toUtf16(at);
    } else {
      if (at > counted.length) return null;
      if (splitsPair(counted, at)) return null;
      index = at;
    }
    return index + countBelow(dropped, index);
  };
}

function splitsPair(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** Whether an index lies between words (not inside one). */
export function onWordBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  const low = text.charCodeAt(index - 1);
  const before =
    low >= 0xdc00 && low <= 0xdfff ? text.slice(Math.max(0, index - 2), index) : text[index - 1];
  const after = String.fromCodePoint(text.codePointAt(index) ?? 0);
  return !WORD.test(before ?? '') || !WORD.test(after);
}

/**
 * Picks the convention under which most selections fit the text (inside it, no surrogate pair
 * split) and, among those, most start and end on word boundaries; ties go to the likelier one.
 */
export function chooseConvention(
  text: string,
  hasBom: boolean,
  selections: readonly RawRange[],
): ConventionChoice {
  let best: (ConventionChoice & { fits: number }) | null = null;
  for (const candidate of candidates(text, hasBom)) {
    let fits = 0;
    let onWords = 0;
    const ranges = selections.map((selection) => {
      const start = candidate.locate(selection.start);
      const end = candidate.locate(selection.end);
      if (start === null || end === null || end <= start) return null;
      fits++;
      if (onWordBoundary(text, start) && onWordBoundary(text, end)) onWords++;
      return { start, end };
    });
    const choice = { convention: candidate.convention, ranges, onWords, fits, undecided: false };
    if (!best || fits > best.fits || (fits === best.fits && onWords > best.onWords)) {
      best = choice;
    } else if (fits === best.fits && onWords === best.onWords && !sameRanges(best, choice)) {
      best.undecided = true;
    }
  }
  // candidates() always yields at least one.
  const chosen = best as ConventionChoice & { fits: number };
  return {
    convention: chosen.convention,
    ranges: chosen.ranges,
    onWords: chosen.onWords,
    undecided: chosen.undecided,
  };
}

function sameRanges(a: ConventionChoice, b: ConventionChoice): boolean {
  return a.ranges.every((r, i) => {
    const o = b.ranges[i];
    return r === null
      ? o === null
      : o !== null && o !== undefined && o.start === r.start && o.end === r.end;
  });
}
