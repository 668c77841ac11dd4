import { z } from 'zod';
import {
  AttributeSchema,
  CaseTypeSchema,
  CriterionSchema,
  FollowUpSchema,
  IndicatorSchema,
  ManagementResponseSchema,
  MemoTargetSchema,
  PrioritySchema,
  SourceKindSchema,
  ValenceSchema,
} from './entities';
import { ColourSchema, DateSchema, IdSchema, LongTextSchema, NameSchema } from './primitives';

/**
 * What the user supplies to create or change an entity: the entity minus what the store fills
 * in (id, timestamps, computed fields). `add` inputs take defaults; `update` patches take any
 * subset and never reset an omitted field.
 */
function draft<S extends z.ZodRawShape, D extends Partial<z.output<z.ZodObject<S>>>>(
  shape: S,
  defaults: D,
) {
  const full = z.strictObject(shape);
  type Full = z.output<typeof full>;
  type AddInput = Omit<z.input<typeof full>, keyof D | 'order'> & Partial<z.input<typeof full>>;
  // `order` is given by the store on add (after the last sibling); a patch may change it.
  const addShape = Object.fromEntries(Object.entries(shape).filter(([key]) => key !== 'order'));
  const add = z.preprocess(
    (value) => (isPlainObject(value) ? { ...defaults, ...withoutUndefined(value) } : value),
    z.strictObject(addShape),
  ) as unknown as z.ZodType<Omit<Full, 'order'>, AddInput>;
  const patch = full.partial();
  return { full, add, patch };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

export const caseDraft = draft(
  {
    name: NameSchema,
    type: CaseTypeSchema,
    attributes: z.array(AttributeSchema).max(200),
    indicators: z.array(IndicatorSchema).max(500),
  },
  { type: 'municipality', attributes: [], indicators: [] },
);

export const respondentDraft = draft(
  {
    pseudonym: NameSchema,
    role: z.string().max(300),
    organisation: z.string().max(300),
    caseId: IdSchema.nullable(),
  },
  { role: '', organisation: '', caseId: null },
);

export const sourceMetaDraft = draft(
  {
    title: NameSchema,
    kind: SourceKindSchema,
    caseId: IdSchema.nullable(),
    respondentIds: z.array(IdSchema).max(100),
    date: DateSchema.nullable(),
    interviewer: z.string().max(300),
  },
  { kind: 'interview', caseId: null, respondentIds: [], date: null, interviewer: '' },
);

export const themeDraft = draft(
  {
    parentId: IdSchema.nullable(),
    name: NameSchema,
    colour: ColourSchema,
    definition: LongTextSchema,
    inclusion: LongTextSchema,
    exclusion: LongTextSchema,
    example: LongTextSchema,
    order: z.number().finite(),
  },
  {
    parentId: null,
    colour: '#7aa6d8',
    definition: '',
    inclusion: '',
    exclusion: '',
    example: '',
  },
);

export const memoDraft = draft(
  { title: NameSchema, text: LongTextSchema, target: MemoTargetSchema },
  { text: '', target: { kind: 'project' } },
);

export const findingDraft = draft(
  {
    statement: z.string().trim().min(1).max(5000),
    themeIds: z.array(IdSchema).max(100),
    codingIds: z.array(IdSchema).max(1000),
    order: z.number().finite(),
  },
  { themeIds: [], codingIds: [] },
);

export const recommendationDraft = draft(
  {
    title: NameSchema,
    text: LongTextSchema,
    rationale: LongTextSchema,
    findingIds: z.array(IdSchema).max(100),
    actor: z.string().max(300),
    priority: PrioritySchema,
    timeframe: z.string().max(200),
    order: z.number().finite(),
    response: ManagementResponseSchema.nullable(),
    followUps: z.array(FollowUpSchema).max(500),
  },
  {
    text: '',
    rationale: '',
    findingIds: [],
    actor: '',
    priority: 'medium',
    timeframe: '',
    response: null,
    followUps: [],
  },
);

export const synthesisDraft = draft(
  { themeId: IdSchema, caseId: IdSchema, text: LongTextSchema },
  { text: '' },
);

export const questionDraft = draft(
  {
    text: z.string().trim().min(1).max(2000),
    criterion: CriterionSchema,
    themeIds: z.array(IdSchema).max(100),
    indicatorNames: z.array(NameSchema).max(100),
    findingIds: z.array(IdSchema).max(100),
    order: z.number().finite(),
  },
  { criterion: 'effectiveness', themeIds: [], indicatorNames: [], findingIds: [] },
);

export const pseudonymDraft = draft({ real: NameSchema, pseudonym: NameSchema }, {});

export const codingDraft = draft(
  {
    sourceId: IdSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    themeIds: z.array(IdSchema).min(1).max(100),
    valence: ValenceSchema,
    memo: LongTextSchema,
  },
  { valence: 'neutral', memo: '' },
);
