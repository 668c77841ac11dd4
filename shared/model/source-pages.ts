import { z } from 'zod';
import { countBelow } from './text-offsets';

/**
 * Where each page of a paged source (a PDF) starts in its stored text, as code-point offsets:
 * the first is 0, each at or after the one before (a blank page starts where the next does). A
 * source without pages (a transcript) has none.
 */
export const SourcePagesSchema = z
  .array(z.number().int().nonnegative())
  .min(1)
  .max(100_000)
  .refine(
    (starts) => starts[0] === 0 && starts.every((s, i) => i === 0 || s >= (starts[i - 1] ?? 0)),
    { message: 'page starts must begin at 0 and never go back' },
  );

/** The pages a passage spans, 1-based: first and last (the same for a passage on one page). */
export interface PageSpan {
  first: number;
  last: number;
}

/**
 * The page(s) a passage [start, end) of a paged source lies on; null for a source without
 * pages. An end exactly at a page start belongs to the page before.
 */
export function pageSpan(
  pages: readonly number[] | undefined,
  start: number,
  end: number,
): PageSpan | null {
  if (!pages || pages.length === 0) return null;
  const first = Math.max(1, countBelow(pages, start + 1));
  const last = Math.max(first, countBelow(pages, Math.max(start + 1, end)));
  return { first, last };
}
