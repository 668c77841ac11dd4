/**
 * A text as another tool stored it, turned into the text Fynd stores (no BOM, `\n` line ends,
 * no invisible controls, NFC: the same rules as `normaliseText`), with a map from every UTF-16
 * index of the original to a code point offset in the stored text, so each imported offset can
 * be moved exactly rather than guessed.
 */
export interface TextPositionMap {
  /** The text to store. */
  text: string;
  /** Code points in `text`. */
  length: number;
  /**
   * The stored code point offset of an original UTF-16 index. An index inside something
   * normalisation merged (a letter and its combining accent, CR LF) has no exact place and is
   * rounded: down for a start, up for an end; `exact` says whether that happened.
   */
  offsetOf(index: number, round: 'down' | 'up'): { offset: number; exact: boolean };
}

const INVISIBLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/u;

/**
 * Builds the stored text piece by piece: a piece ends before any character below U+0300 (none of
 * which composes with what precedes it, so NFC of the pieces is NFC of the whole), before and after
 * a line break and around a removed control.
 */
export function mapTextPositions(raw: string): TextPositionMap {
  // Most texts need no change at all: then only surrogate pairs separate units from code points.
  if (
    // A control other than tab and line feed (CR included), or an invisible mark.
    !/[^\P{Cc}\t\n]|[\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/u.test(raw) &&
    isNfc(raw)
  ) {
    // Without surrogate pairs every unit is its own code point: no table to build.
    if (!/[\uD800-\uDFFF]/.test(raw)) return identityMap(raw);
    // at[i] >= 0: exact offset; at[i] = -1 - offset: inside a merged piece starting at offset.
    const at = new Int32Array(raw.length + 1);
    let offset = 0;
    for (let k = 0; k < raw.length; k++) {
      const low = raw.charCodeAt(k);
      const high = raw.charCodeAt(k - 1);
      const inPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
      at[k] = inPair ? -1 - (offset - 1) : offset++;
    }
    at[raw.length] = offset;
    return positionMap(raw, at, offset);
  }
  const at = new Int32Array(raw.length + 1);
  const parts: string[] = [];
  let offset = 0;
  let i = 0;
  while (i < raw.length) {
    const start = i;
    const unit = raw.charCodeAt(i);
    if (unit === 0x0d) {
      const pair = raw.charCodeAt(i + 1) === 0x0a;
      at[i] = offset;
      if (pair) at[i + 1] = -1 - offset;
      parts.push('\n');
      offset += 1;
      i += pair ? 2 : 1;
      continue;
    }
    const first = String.fromCodePoint(raw.codePointAt(i) ?? unit);
    if (first !== '\t' && first !== '\n' && INVISIBLE.test(first)) {
      at[i] = offset;
      if (first.length === 2) at[i + 1] = -1 - offset;
      i += first.length;
      continue;
    }
    i += first.length;
    while (i < raw.length) {
      const next = raw.charCodeAt(i);
      if (next < 0x300 || INVISIBLE.test(raw[i] ?? '')) break;
      i++;
    }
    const piece = raw.slice(start, i);
    const normal = piece.normalize('NFC');
    parts.push(normal);
    if (normal === piece) {
      // Unchanged: each code point keeps its own place; the middle of a surrogate pair has none.
      for (let k = start; k < i; k++) {
        const low = raw.charCodeAt(k);
        at[k] = low >= 0xdc00 && low <= 0xdfff && k > start ? -1 - (offset - 1) : offset++;
      }
    } else {
      at[start] = offset;
      for (let k = start + 1; k < i; k++) at[k] = -1 - offset;
      offset += [...normal].length;
    }
  }
  at[raw.length] = offset;
  return positionMap(parts.join(''), at, offset);
}

/**
 * Whether a text is NFC. Below U+0300 every character is a starter that composes with nothing
 * before it, so a text of those alone (Swedish in Latin-1, as most are) is NFC unchecked.
 */
function isNfc(text: string): boolean {
  return !/[\u0300-\uFFFF]/.test(text) || text.normalize('NFC') === text;
}

function identityMap(text: string): TextPositionMap {
  return {
    text,
    length: text.length,
    offsetOf: (index) => ({ offset: Math.max(0, Math.min(index, text.length)), exact: true }),
  };
}

function positionMap(text: string, at: Int32Array, length: number): TextPositionMap {
  const last = at.length - 1;
  return {
    text,
    length,
    offsetOf(index, round) {
      const clamped = Math.max(0, Math.min(index, last));
      const value = at[clamped] ?? 0;
      if (value >= 0) return { offset: value, exact: true };
      if (round === 'down') return { offset: -1 - value, exact: false };
      let k = clamped + 1;
      while ((at[k] ?? 0) < 0) k++;
      return { offset: at[k] ?? length, exact: false };
    },
  };
}
