import { codePointLength, normaliseText } from '../../../shared/model/text-offsets';

/**
 * Page starts for the text as it is stored. Every stored text is normalised once more on its
 * way in; where that changes a length (it rarely does: the PDF's lines are already NFC), each
 * page is measured again by normalising the text before it.
 */
export function normalisedPages(raw: string, starts: readonly number[]): number[] {
  if (normaliseText(raw) === raw) return [...starts];
  const chars = Array.from(raw);
  return starts.map((start) => codePointLength(normaliseText(chars.slice(0, start).join(''))));
}
