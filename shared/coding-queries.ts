import { z } from 'zod';
import { EVIDENCE_STRENGTHS, QUESTION_GAPS, type EvidenceStrength } from './analysis/evidence';
import { CodingSchema } from './model/entities';
import { IdSchema } from './model/primitives';

/**
 * The schemas of the contract's queries for codings the renderer does not hold
 * (shared/model/held-codings.ts). Each answer says at which edit (`seq`) it was taken, so the
 * renderer can tell an answer an edit has overtaken from a current one.
 */

const codingsAnswer = z.object({
  seq: z.number().int().nonnegative(),
  codings: z.array(CodingSchema),
});

/** Every coding of the given sources. */
export const CodingsOfSourcesSchema = {
  input: z.strictObject({ sourceIds: z.array(IdSchema).min(1).max(10_000) }),
  output: codingsAnswer,
};

/** The codings with the given ids that exist (a deleted one is simply absent). */
export const CodingsByIdsSchema = {
  input: z.strictObject({ ids: z.array(IdSchema).min(1).max(50_000) }),
  output: codingsAnswer,
};

/** How many codings the project has, per source, and who has coded. */
export const CodingSummarySchema = z.object({
  seq: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Codings that carry a valence (what other tools will not see). */
  valenced: z.number().int().nonnegative(),
  /** Codings per source id; a source without codings is absent. */
  bySource: z.record(IdSchema, z.number().int().positive()),
  /** The users who have coded anything, most codings first. */
  coderIds: z.array(IdSchema),
});

const EvidenceStrengthSchema = z.enum(
  EVIDENCE_STRENGTHS as [EvidenceStrength, ...EvidenceStrength[]],
);

/** A finding's evidence as it crosses to the renderer: its quotes by id. */
const FindingEvidenceWireSchema = z.object({
  quoteIds: z.array(IdSchema),
  sources: z.array(IdSchema),
  cases: z.array(IdSchema),
  contradictingCases: z.array(IdSchema),
  tenor: z.enum(['strength', 'weakness']).nullable(),
  strength: EvidenceStrengthSchema,
});

/** A question's status as it crosses: its findings by id (their evidence is beside it). */
const QuestionStatusWireSchema = z.object({
  findingIds: z.array(IdSchema),
  strength: EvidenceStrengthSchema,
  indicatorsWithValues: z.array(z.string()),
  gaps: z.array(z.enum(QUESTION_GAPS)),
});

/**
 * Every finding's evidence and every question's status, judged in main: a case contradicts a
 * finding by all its codings on the finding's themes, cited or not, which the renderer lacks.
 */
export const EvidenceAnswerSchema = z.object({
  seq: z.number().int().nonnegative(),
  findings: z.record(IdSchema, FindingEvidenceWireSchema),
  questions: z.record(IdSchema, QuestionStatusWireSchema),
});
