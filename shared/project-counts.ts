import { z } from 'zod';
import { IdSchema } from './model/primitives';

/*
 * The schemas of what main counts over every coding for a view (the renderer holds only some
 * codings): the theme × case matrix, the codebook's counts, and what deleting or merging a theme
 * would change. Spread into the contract.
 */

const count = z.number().int().nonnegative();

/** The matrix's columns: the cases, the values of one case attribute, or the case types. */
export const MatrixColumnsSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cases') }),
  z.strictObject({ kind: z.literal('caseType') }),
  z.strictObject({ kind: z.literal('attribute'), key: z.string().max(300) }),
]);

export const MatrixInputSchema = z.strictObject({
  columns: MatrixColumnsSchema.default({ kind: 'cases' }),
  rollUp: z.boolean().default(true),
  /** The coders (user ids) whose codings count; empty: everyone's. */
  coderIds: z.array(IdSchema).max(1000).default([]),
});

/** `ThemeCaseMatrix` as numbers, six a cell (`MatrixFigures` in `shared/analysis/matrix.ts`). */
export const MatrixFiguresSchema = z.object({
  columns: z.array(z.object({ id: z.string(), label: z.string() })),
  rows: z.record(z.string(), z.array(count)),
  rowTotals: z.record(z.string(), z.array(count).length(6)),
  columnTotals: z.array(count),
});

const ThemeCountsSchema = z.object({ codings: count, sources: count, cases: count });

/** Per theme id (themes without codings left out): with sub-themes' codings, and direct only. */
export const ThemeCountsOutputSchema = z.object({
  rolledUp: z.record(z.string(), ThemeCountsSchema),
  direct: z.record(z.string(), ThemeCountsSchema),
});

export const ThemeImpactInputSchema = z.strictObject({
  themeId: IdSchema,
  /** The theme a merge would go into; none: only what a delete would do. */
  targetId: IdSchema.optional(),
});

export const ThemeImpactOutputSchema = z.object({
  deletion: z.object({ children: count, removedCodings: count, keptCodings: count }),
  merge: z
    .object({
      codings: count,
      alreadyBoth: count,
      children: count,
      clash: z.string().nullable(),
    })
    .nullable(),
});

/** The contract's operations for these counts. */
export const projectCountOps = {
  /** The theme × case matrix on every coding (`computeMatrix`), as numbers. */
  'analysis.matrix': { input: MatrixInputSchema, output: MatrixFiguresSchema },
  /** The codebook's counts per theme: codings, sources and cases. */
  'themes.counts': { input: z.strictObject({}), output: ThemeCountsOutputSchema },
  /** What deleting a theme, or merging it into another, would change. */
  'themes.impact': { input: ThemeImpactInputSchema, output: ThemeImpactOutputSchema },
};
