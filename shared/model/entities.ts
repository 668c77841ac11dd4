import { z } from 'zod';
import {
  ColourSchema,
  DateSchema,
  IdSchema,
  LongTextSchema,
  NameSchema,
  TimestampSchema,
} from './primitives';
import { AttributeListSchema } from './attributes';
import { SourcePagesSchema } from './source-pages';

/** "Hard data" about a case: a number with where it came from. */
export const IndicatorSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  value: z.number().finite(),
  unit: z.string().max(50),
  source: z.string().max(500),
  date: DateSchema.nullable(),
  note: z.string().max(2000),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const CaseTypeSchema = z.enum(['municipality', 'countyActor', 'organisation', 'other']);
export type CaseType = z.infer<typeof CaseTypeSchema>;

export const CaseSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  type: CaseTypeSchema,
  attributes: AttributeListSchema,
  indicators: z.array(IndicatorSchema).max(500),
});
export type Case = z.infer<typeof CaseSchema>;

export const RespondentSchema = z.object({
  id: IdSchema,
  pseudonym: NameSchema,
  role: z.string().max(300),
  organisation: z.string().max(300),
  caseId: IdSchema.nullable(),
});
export type Respondent = z.infer<typeof RespondentSchema>;

export const SourceKindSchema = z.enum(['interview', 'focusGroup', 'meetingNotes', 'document']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** A transcript or document. Its text lives in sources/<id>.txt, written once. */
export const SourceSchema = z.object({
  id: IdSchema,
  title: NameSchema,
  kind: SourceKindSchema,
  caseId: IdSchema.nullable(),
  respondentIds: z.array(IdSchema).max(100),
  date: DateSchema.nullable(),
  interviewer: z.string().max(300),
  /** Length of the stored text in Unicode code points. */
  length: z.number().int().nonnegative(),
  /** The file it was imported from, or null when pasted. */
  origin: z.string().max(1000).nullable(),
  imported: TimestampSchema,
  /** A PDF's pages: where each starts in the text, in code points (page n at index n - 1). */
  pages: SourcePagesSchema.optional(),
  /**
   * Typed attributes of the source itself (e.g. interview round, recorded), as cases have.
   * Absent means none, so projects written before it still parse at schema version 2.
   */
  attributes: AttributeListSchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const ThemeSchema = z.object({
  id: IdSchema,
  parentId: IdSchema.nullable(),
  name: NameSchema,
  colour: ColourSchema,
  definition: LongTextSchema,
  inclusion: LongTextSchema,
  exclusion: LongTextSchema,
  example: LongTextSchema,
  /** Position among its siblings. */
  order: z.number().finite(),
  /**
   * False for a grouping: it gathers themes under it but codes nothing (REFI's isCodable="false").
   * Absent means codable, so projects written before it still parse.
   */
  codable: z.boolean().optional(),
});
export type Theme = z.infer<typeof ThemeSchema>;

export const ValenceSchema = z.enum(['strength', 'weakness', 'mixed', 'neutral']);
export type Valence = z.infer<typeof ValenceSchema>;

/**
 * A coded segment. Offsets are Unicode code points on the stored text, 0-based, end exclusive
 * (the REFI-QDA rule); the snippet is kept as a safeguard and for fast listing.
 */
export const CodingSchema = z
  .object({
    id: IdSchema,
    sourceId: IdSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    snippet: z.string(),
    themeIds: z.array(IdSchema).min(1).max(100),
    valence: ValenceSchema,
    memo: LongTextSchema,
    /** The user who coded it (one of the project's users). */
    coderId: IdSchema,
    created: TimestampSchema,
  })
  .refine((c) => c.end > c.start, { message: 'end must be after start', path: ['end'] });
export type Coding = z.infer<typeof CodingSchema>;

/**
 * Someone who codes in the project: an id codings point at and the name shown for them. `guid`
 * is the REFI-QDA user GUID a user came with from another tool, written back on export.
 */
export const UserSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  guid: z.string().max(100).optional(),
});
export type User = z.infer<typeof UserSchema>;

export const MemoTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('project') }),
  z.object({ kind: z.literal('source'), id: IdSchema }),
  z.object({ kind: z.literal('case'), id: IdSchema }),
  z.object({ kind: z.literal('theme'), id: IdSchema }),
  z.object({ kind: z.literal('coding'), id: IdSchema }),
]);
export type MemoTarget = z.infer<typeof MemoTargetSchema>;

export const MemoSchema = z.object({
  id: IdSchema,
  title: NameSchema,
  text: LongTextSchema,
  target: MemoTargetSchema,
  created: TimestampSchema,
  updated: TimestampSchema,
});
export type Memo = z.infer<typeof MemoSchema>;

/** A conclusion backed by coded quotes: the first link of the evidence chain. */
export const FindingSchema = z.object({
  id: IdSchema,
  statement: z.string().trim().min(1).max(5000),
  themeIds: z.array(IdSchema).max(100),
  /** Codings (quotes) that support the statement. */
  codingIds: z.array(IdSchema).max(1000),
  order: z.number().finite(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const PrioritySchema = z.enum(['high', 'medium', 'low']);
export type Priority = z.infer<typeof PrioritySchema>;

/** What the recipient decided about a recommendation. */
export const DecisionSchema = z.enum(['accepted', 'partiallyAccepted', 'rejected']);
export type Decision = z.infer<typeof DecisionSchema>;

/** The recipient's answer to a recommendation (the management-response template). */
export const ManagementResponseSchema = z.object({
  decision: DecisionSchema,
  reasons: LongTextSchema,
  keyActions: LongTextSchema,
  responsibleUnit: z.string().max(300),
  deadline: DateSchema.nullable(),
  /** When the response came back. */
  received: DateSchema.nullable(),
});
export type ManagementResponse = z.infer<typeof ManagementResponseSchema>;

/** How far the action on a recommendation has come, at a follow-up. */
export const FollowUpStatusSchema = z.enum([
  'notStarted',
  'inProgress',
  'completed',
  'noLongerApplicable',
]);
export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>;

/** A dated note in the recommendation tracking matrix. */
export const FollowUpSchema = z.object({
  id: IdSchema,
  date: DateSchema,
  status: FollowUpStatusSchema,
  note: z.string().max(5000),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const RecommendationSchema = z.object({
  id: IdSchema,
  title: NameSchema,
  text: LongTextSchema,
  rationale: LongTextSchema,
  findingIds: z.array(IdSchema).max(100),
  /** Who should act, e.g. "Kommunledningarna". */
  actor: z.string().max(300),
  priority: PrioritySchema,
  timeframe: z.string().max(200),
  order: z.number().finite(),
  response: ManagementResponseSchema.nullable(),
  followUps: z.array(FollowUpSchema).max(500),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const CriterionSchema = z.enum([
  'relevance',
  'coherence',
  'effectiveness',
  'efficiency',
  'impact',
  'sustainability',
  'other',
]);
export type Criterion = z.infer<typeof CriterionSchema>;

/** A question the commissioner asked; findings answer it. */
export const QuestionSchema = z.object({
  id: IdSchema,
  text: z.string().trim().min(1).max(2000),
  criterion: CriterionSchema,
  themeIds: z.array(IdSchema).max(100),
  /** Indicator names (across cases) that inform the question. */
  indicatorNames: z.array(NameSchema).max(100),
  findingIds: z.array(IdSchema).max(100),
  order: z.number().finite(),
});
export type Question = z.infer<typeof QuestionSchema>;

/** What the evaluator wrote in one cell of the theme × case matrix (a framework matrix). */
export const SynthesisSchema = z.object({
  id: IdSchema,
  themeId: IdSchema,
  caseId: IdSchema,
  text: LongTextSchema,
});
export type Synthesis = z.infer<typeof SynthesisSchema>;

/** A personal name that must never reach an output, and what replaces it. */
export const PseudonymSchema = z.object({
  id: IdSchema,
  real: NameSchema,
  pseudonym: NameSchema,
});
export type Pseudonym = z.infer<typeof PseudonymSchema>;

export const ProjectMetaSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  description: z.string().max(5000),
  language: z.enum(['sv', 'en']),
  evaluator: z.string().max(300),
  created: TimestampSchema,
});
export type ProjectMeta = z.infer<typeof ProjectMetaSchema>;
