/** Half of a surrogate pair with no other half: not a character, and not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string holds half of a surrogate pair (half an emoji), which UTF-8 cannot store. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * The path of the first string in a value (object keys included) that is not well-formed
 * Unicode, or null. Such text would be one thing in memory and another on disk (UTF-8 turns it
 * into U+FFFD), so it is refused where it enters.
 */
export function illFormedTextPath(
  value: unknown,
  path: readonly (string | number)[] = [],
): string | null {
  if (typeof value === 'string') return hasLoneSurrogate(value) ? path.join('.') : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = illFormedTextPath(value[i], [...path, i]);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (hasLoneSurrogate(key)) return [...path, key].join('.');
      const found = illFormedTextPath(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * What XML 1.0 forbids, and what no output needs: control characters (C0 but tab, line feed and
 * carriage return; C1 is allowed but invisible), U+FFFE and U+FFFF, and half surrogate pairs (in
 * Unicode mode a range of surrogates matches only unpaired ones). One of them makes a whole
 * .xlsx, .docx or .qdpx unreadable ("not well-formed"), so every output passes `xmlSafeText`.
 */
const XML_FORBIDDEN = /(?![\t\n\r])\p{Cc}|[\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Text without what XML 1.0 forbids: controls and U+FFFE/U+FFFF removed, half pairs as U+FFFD. */
export function xmlSafeText(text: string): string {
  return text.replace(XML_FORBIDDEN, (c) => (c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''));
}
