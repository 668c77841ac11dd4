import type { PageSpan } from '../model/source-pages';
import type { Language } from '../model/primitives';

/** How each language abbreviates a page and a page range in a citation. */
const pageWords: Readonly<Record<Language, { one: string; range: string }>> = {
  sv: { one: 's.', range: 's.' },
  en: { one: 'p.', range: 'pp.' },
};

/**
 * The page(s) of a quote as a citation says them: "s. 4", "s. 4–5" in Swedish, "p. 4",
 * "pp. 4–5" in English. The one home of these words: the app, Excel and the sheets use it.
 */
export function pageLabel(span: PageSpan | null, language: Language): string {
  if (!span) return '';
  const words = pageWords[language];
  return span.first === span.last
    ? `${words.one}\u00a0${span.first}`
    : `${words.range}\u00a0${span.first}–${span.last}`;
}
