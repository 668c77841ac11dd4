import type { Pseudonym } from '../model/entities';

/** A letter, digit or combining mark: what a name may not touch on either side. */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

/**
 * Regular-expression source for one name: a space matches any run of white space, a dash any
 * dash, an apostrophe any apostrophe.
 */
function namePattern(name: string): string {
  return name
    .split(/(\s+|\p{Pd}|['’ʼ])/u)
    .filter((part) => part !== '')
    .map((part) => {
      if (/^\s+$/u.test(part)) return String.raw`\s+`;
      if (/^\p{Pd}$/u.test(part)) return String.raw`\p{Pd}`;
      if (/^['’ʼ]$/u.test(part)) return `['’ʼ]`;
      return part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('');
}

/**
 * Returns a function that replaces every listed real name in a text with its pseudonym.
 *
 * - Whole words only, case-insensitive and Unicode-aware: "Åkerlund" and "ÅKERLUND" match,
 *   "Holmgrenska" does not. A hyphen or apostrophe ends a word, so "Holmgren-modellen" and
 *   "Holmgren's" are caught.
 * - Longest names first, in one pass: "Lars-Erik Sjödin" wins over "Lars", and a pseudonym that
 *   happens to contain another real name is never replaced again.
 * - The Swedish genitive keeps its s: "Birgitta Holmgrens" → "Tjänsteperson 1s".
 * - A line break or double space between first and last name still matches.
 * - Text and names are compared in NFC, so a decomposed "å" matches too; the result is NFC.
 *
 * Over-matching is the price of case-insensitivity (a real name "Per" also replaces "per"): for
 * a report that leaves the evaluator's hands, a stray replacement is the lesser harm.
 */
export function pseudonymiser(
  pseudonyms: readonly Pick<Pseudonym, 'real' | 'pseudonym'>[],
): (text: string) => string {
  const seen = new Set<string>();
  const entries: { real: string; pseudonym: string }[] = [];
  for (const p of pseudonyms) {
    const real = p.real.normalize('NFC').trim();
    const key = real.toLocaleLowerCase('sv');
    // The first listing of a name decides its pseudonym.
    if (real === '' || seen.has(key)) continue;
    seen.add(key);
    entries.push({ real, pseudonym: p.pseudonym });
  }
  if (entries.length === 0) return (text) => text;
  entries.sort((a, b) => b.real.length - a.real.length);
  const alternatives = entries.map((e) => `(${namePattern(e.real)})`).join('|');
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives})(s?)(?!${WORD_CHAR})`, 'giu');
  const genitiveGroup = entries.length + 1;
  return (text: string): string => {
    const normalised = text.normalize('NFC');
    return normalised.replace(pattern, (...args: unknown[]) => {
      // args: match, group 1..n (one per name), the genitive s, offset, whole string.
      const index = args.findIndex((arg, i) => i >= 1 && i <= entries.length && arg !== undefined);
      const entry = entries[index - 1];
      const genitive = args[genitiveGroup];
      if (!entry) return String(args[0]);
      return entry.pseudonym + (typeof genitive === 'string' ? genitive : '');
    });
  };
}
