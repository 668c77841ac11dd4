import { z } from 'zod';
import {
  CaseSchema,
  CodingSchema,
  FindingSchema,
  MemoSchema,
  PseudonymSchema,
  QuestionSchema,
  RecommendationSchema,
  RespondentSchema,
  SourceSchema,
  SynthesisSchema,
  ThemeSchema,
} from './entities';
import { UniqueAttributeListSchema } from './attributes';
import { DEFAULT_THEME_COLOUR } from './theme-palette';

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

/** An entity's fields but those the store fills in: a draft checks them by the entity's own rules. */
function fieldsOf<S extends z.ZodRawShape, K extends keyof S & string>(
  entity: { shape: S },
  ...storeFilled: K[]
): Omit<S, K> {
  const omitted: ReadonlySet<string> = new Set(storeFilled);
  return Object.fromEntries(
    Object.entries(entity.shape).filter(([key]) => !omitted.has(key)),
  ) as Omit<S, K>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

// An edit may not give one case or source a key twice (stored projects are not held to it).
export const caseDraft = draft(
  { ...fieldsOf(CaseSchema, 'id'), attributes: UniqueAttributeListSchema },
  {
    type: 'municipality',
    attributes: [],
    indicators: [],
  },
);

export const respondentDraft = draft(fieldsOf(RespondentSchema, 'id'), {
  role: '',
  organisation: '',
  caseId: null,
});

export const sourceMetaDraft = draft(
  {
    ...fieldsOf(SourceSchema, 'id', 'length', 'origin', 'imported', 'pages'),
    attributes: UniqueAttributeListSchema.optional(),
  },
  {
    kind: 'interview',
    caseId: null,
    respondentIds: [],
    date: null,
    interviewer: '',
  },
);

export const themeDraft = draft(fieldsOf(ThemeSchema, 'id'), {
  parentId: null,
  colour: DEFAULT_THEME_COLOUR,
  definition: '',
  inclusion: '',
  exclusion: '',
  example: '',
});

export const memoDraft = draft(fieldsOf(MemoSchema, 'id', 'created', 'updated'), {
  text: '',
  target: { kind: 'project' },
});

export const findingDraft = draft(fieldsOf(FindingSchema, 'id'), {
  themeIds: [],
  codingIds: [],
});

export const recommendationDraft = draft(fieldsOf(RecommendationSchema, 'id'), {
  text: '',
  rationale: '',
  findingIds: [],
  actor: '',
  priority: 'medium',
  timeframe: '',
  response: null,
  followUps: [],
});

export const synthesisDraft = draft(fieldsOf(SynthesisSchema, 'id'), { text: '' });

export const questionDraft = draft(fieldsOf(QuestionSchema, 'id'), {
  criterion: 'effectiveness',
  themeIds: [],
  indicatorNames: [],
  findingIds: [],
});

export const pseudonymDraft = draft(fieldsOf(PseudonymSchema, 'id'), {});

// The snippet is cut from the source text and the coder named by the session (the current user).
export const codingDraft = draft(fieldsOf(CodingSchema, 'id', 'snippet', 'coderId', 'created'), {
  valence: 'neutral',
  memo: '',
});
