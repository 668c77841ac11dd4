import { z } from 'zod';
import { FyndErrorDataSchema } from './errors';
import { NoticeSchema } from './notices';
import {
  caseDraft,
  codingDraft,
  findingDraft,
  memoDraft,
  pseudonymDraft,
  questionDraft,
  recommendationDraft,
  respondentDraft,
  sourceMetaDraft,
  synthesisDraft,
  themeDraft,
} from './model/drafts';
import { DateSchema, LanguageSchema, IdSchema, NameSchema } from './model/primitives';
import { SourceKindSchema, ValenceSchema } from './model/entities';
import { ActionLabelSchema, OpSchema } from './model/ops';
import { ProjectDataSchema } from './model/project-data';
import { QuoteFilterSchema } from './analysis/quotes';
import { textUnits } from './analysis/text-units';
import { AgreementUnitSchema } from './analysis/agreement';
import {
  ExcelDownloadInputSchema,
  ExcelReportInputSchema,
  PrintSheetsInputSchema,
  SavePathResultSchema,
  SheetsInputSchema,
  WordDownloadInputSchema,
  WordReportInputSchema,
} from './outputs';
import {
  CodebookDataInputSchema,
  CodebookImportInputSchema,
  CodebookImportOutputSchema,
  RefiDownloadInputSchema,
  RefiExportInputSchema,
  RefiSavePathInputSchema,
  RefiOpenPathInputSchema,
} from './refi-interchange';
import {
  CodingsByIdsSchema,
  CodingsOfSourcesSchema,
  CodingSummarySchema,
  EvidenceAnswerSchema,
} from './coding-queries';
import { projectCountOps } from './project-counts';

/**
 * The one API between renderer and main. Every operation has an input schema (checked in main
 * before anything happens) and an output schema. Bound to Electron IPC and to the devhost.
 */

export const HistoryStatusSchema = z.object({
  undo: ActionLabelSchema.nullable(),
  redo: ActionLabelSchema.nullable(),
});
export type HistoryStatus = z.infer<typeof HistoryStatusSchema>;

/** What every edit answers once it is durably on disk: the ops to apply to the cached data. */
export const MutationSchema = z.object({
  seq: z.number().int().nonnegative(),
  ops: z.array(OpSchema),
  history: HistoryStatusSchema,
  /** The id of the entity an `add` created. */
  id: z.string().optional(),
});
export type Mutation = z.infer<typeof MutationSchema>;

export const OpenedProjectSchema = z.object({
  dir: z.string(),
  /** The project as the renderer holds it: of the codings, only those findings cite. */
  data: ProjectDataSchema,
  seq: z.number().int().nonnegative(),
  history: HistoryStatusSchema,
  /** Things the user should know, e.g. an unfinished edit that was dropped. */
  notices: z.array(NoticeSchema),
});
export type OpenedProject = z.infer<typeof OpenedProjectSchema>;

/** Who uses this Fynd (kept in the app's settings): the id their codings carry, and their name. */
export const CurrentUserSchema = z.object({ id: IdSchema, name: NameSchema });
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

export const RecentProjectSchema = z.object({
  dir: z.string(),
  name: z.string(),
  opened: z.string(),
});
export type RecentProject = z.infer<typeof RecentProjectSchema>;

/** Whether a recent project's folder still holds it, checked each time the list is asked for. */
export const RecentStatusSchema = z.enum(['present', 'folderMissing', 'projectMissing']);
export type RecentStatus = z.infer<typeof RecentStatusSchema>;

/** A recent project as the start screen lists it. */
export const RecentEntrySchema = RecentProjectSchema.extend({ status: RecentStatusSchema });
export type RecentEntry = z.infer<typeof RecentEntrySchema>;
const RecentListSchema = z.object({ projects: z.array(RecentEntrySchema) });

/** What every source of one import shares (the title comes from each file's name). */
export const SourceImportMetaSchema = z.strictObject({
  kind: SourceKindSchema.default('interview'),
  caseId: IdSchema.nullable().default(null),
  respondentIds: z.array(IdSchema).max(100).default([]),
  date: DateSchema.nullable().default(null),
  interviewer: z.string().max(300).default(''),
});
export type SourceImportMeta = z.output<typeof SourceImportMetaSchema>;

export const ImportResultSchema = z.union([
  z.object({
    file: z.string(),
    ok: z.literal(true),
    id: z.string(),
    title: z.string(),
    /** How it was read: utf-8, utf-16le, windows-1252, docx… */
    format: z.string(),
    length: z.number().int(),
    /** Bytes not valid in that format, shown as U+FFFD (a stray byte in a UTF-8 file). */
    replaced: z.number().int().nonnegative().default(0),
    /** How many pages a PDF had (none for other formats). */
    pages: z.number().int().positive().optional(),
    /** A PDF's running headers and footers (page numbers too), left out of the text. */
    runningLines: z.array(z.string()).default([]),
  }),
  z.object({ file: z.string(), ok: z.literal(false), error: FyndErrorDataSchema }),
]);
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** One import: the files that went in (as one undoable step) and what happened to each. */
export const ImportOutcomeSchema = z.object({
  mutation: MutationSchema.nullable(),
  results: z.array(ImportResultSchema),
});
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

export const SearchHitSchema = z.object({
  sourceId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  before: z.string(),
  after: z.string(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** What a coding made from a hit covers: the hit, or its sentence, paragraph or speaker turn. */
export const TextUnitSchema = z.enum(textUnits);

/** A coding "code all hits" would make: hits grown to a unit, overlapping ones merged. */
export const PlannedCodingSchema = z.object({
  sourceId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Indexes of the hits (as sent) it covers. */
  hits: z.array(z.number().int().nonnegative()),
  /** Its text for the preview: a few words around it, the coded text, the hits in it. */
  excerpt: z.array(z.object({ text: z.string(), kind: z.enum(['context', 'coded', 'hit']) })),
});
export type PlannedCoding = z.infer<typeof PlannedCodingSchema>;

/** A coded segment with the words around it, for reading quotes in context. */
/** Quotes a view shows at first, and adds each time the user asks for more. */
export const QUOTE_PAGE = 200;
const QUOTE_LIMIT_MAX = 50_000;

/** A coded segment in its context, with what a quote card says about its coding. */
export const QuoteSchema = z.object({
  codingId: z.string(),
  sourceId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  snippet: z.string(),
  themeIds: z.array(z.string()),
  valence: ValenceSchema,
  coderId: z.string(),
  memo: z.string(),
  before: z.string(),
  after: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** Percent (0–100), κ and α of one theme or of all pooled; null where the data cannot define one. */
const AgreementFiguresSchema = z.object({
  percent: z.number().nullable(),
  kappa: z.number().nullable(),
  alpha: z.number().nullable(),
  units: z.number().int().nonnegative(),
});

/** Intercoder agreement between two coders on the sources both coded. */
export const AgreementResultSchema = z.object({
  unit: AgreementUnitSchema,
  coders: z.tuple([z.string(), z.string()]),
  /** Everyone who coded, most codings first. */
  allCoders: z.array(z.string()),
  /** Sources both coders coded, and those left out because their text cannot be read. */
  sources: z.number().int().nonnegative(),
  unreadable: z.number().int().nonnegative(),
  overall: AgreementFiguresSchema,
  themes: z.array(
    AgreementFiguresSchema.extend({
      themeId: z.string(),
      theme: z.string(),
      /** Units both coded, only the first, only the second, neither. */
      table: z.object({
        both: z.number().int().nonnegative(),
        firstOnly: z.number().int().nonnegative(),
        secondOnly: z.number().int().nonnegative(),
        neither: z.number().int().nonnegative(),
      }),
    }),
  ),
});
export type AgreementResult = z.infer<typeof AgreementResultSchema>;

/** Where two coders disagree on a theme: each place with its context and who coded it. */
export const DisagreementPlacesSchema = z.object({
  coders: z.tuple([z.string(), z.string()]),
  places: z.array(
    z.object({
      sourceId: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      /** The coder who coded this place; the other did not. */
      coder: z.string(),
      text: z.string(),
      before: z.string(),
      after: z.string(),
    }),
  ),
  total: z.number().int().nonnegative(),
});
export type DisagreementPlaces = z.infer<typeof DisagreementPlacesSchema>;

const Empty = z.strictObject({});

function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

interface Draft {
  add: z.ZodType;
  patch: z.ZodType;
}

type Crud<N extends string, D extends Draft> = {
  [K in `${N}.add`]: { input: D['add']; output: typeof MutationSchema };
} & {
  [K in `${N}.update`]: {
    input: z.ZodObject<{ id: typeof IdSchema; patch: D['patch'] }>;
    output: typeof MutationSchema;
  };
} & {
  [K in `${N}.delete`]: {
    input: z.ZodObject<{ id: typeof IdSchema }>;
    output: typeof MutationSchema;
  };
};

/** add / update / delete for one kind of entity. */
function crud<N extends string, D extends Draft>(name: N, draft: D): Crud<N, D> {
  return {
    [`${name}.add`]: op(draft.add, MutationSchema),
    [`${name}.update`]: op(z.strictObject({ id: IdSchema, patch: draft.patch }), MutationSchema),
    [`${name}.delete`]: op(z.strictObject({ id: IdSchema }), MutationSchema),
  } as Crud<N, D>;
}

export const contract = {
  'app.info': op(
    Empty,
    z.object({
      version: z.string(),
      host: z.enum(['electron', 'web']),
      locale: z.string(),
      userDataDir: z.string(),
    }),
  ),
  'project.recent': op(Empty, RecentListSchema),
  // Users: who I am (app settings), and the project's coders.
  /** The current user (null until the first start asked), and the OS user's name to suggest. */
  'user.current': op(
    Empty,
    z.object({ user: CurrentUserSchema.nullable(), suggested: z.string() }),
  ),
  /** Sets my name; in an open project my user is renamed too (one undoable edit). */
  'user.setName': op(
    z.strictObject({ name: NameSchema }),
    z.object({ user: CurrentUserSchema, mutation: MutationSchema.nullable() }),
  ),
  /** Renames a coder of the project: every coding of theirs shows the new name. Undoable. */
  'users.rename': op(z.strictObject({ id: IdSchema, name: NameSchema }), MutationSchema),
  /** Takes one entry off the recent list (never any file) and answers the list. */
  'project.forgetRecent': op(
    z.strictObject({ dir: z.string().min(1).max(4096) }),
    RecentListSchema,
  ),
  'project.create': op(
    z.strictObject({
      dir: z.string().min(1).max(4096),
      name: NameSchema,
      language: LanguageSchema,
      description: z.string().max(5000).default(''),
      evaluator: z.string().max(300).default(''),
    }),
    OpenedProjectSchema,
  ),
  'project.open': op(
    z.strictObject({
      dir: z.string().min(1).max(4096),
      /** The lock the user chose to take over (offered by a projectLocked error). */
      takeOverLock: z.string().min(1).max(300).optional(),
    }),
    OpenedProjectSchema,
  ),
  /**
   * A REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder) as a new project in a
   * new or empty folder, opened; a notice sums up the import report kept as a memo.
   */
  'project.importRefi': op(
    z.strictObject({
      file: z.string().min(1).max(4096),
      dir: z.string().min(1).max(4096),
      language: LanguageSchema,
    }),
    OpenedProjectSchema,
  ),
  /**
   * Merges another copy of the study (a Fynd project folder or a .qdpx, by absolute path) into
   * the open project as one edit; the report says what was added, found and left out, and why.
   */
  'project.merge': op(
    z.strictObject({ path: z.string().min(1).max(4096), language: LanguageSchema }),
    MutationSchema.extend({ report: z.array(z.string()) }),
  ),
  /** Reopens the user's demo copy; writes one only when none exists. */
  'project.openDemo': op(Empty, OpenedProjectSchema),
  /** Writes a fresh demo copy beside the others (which stay) and opens it. */
  'project.startDemoOver': op(Empty, OpenedProjectSchema),
  /** The demo copy 'project.openDemo' would open, or null before the first. */
  'project.demoCopy': op(Empty, z.object({ dir: z.string().nullable() })),
  'project.restoreBackup': op(
    z.strictObject({ dir: z.string().min(1).max(4096), backup: z.string().min(1).max(300) }),
    OpenedProjectSchema,
  ),
  'project.current': op(Empty, OpenedProjectSchema.nullable()),
  'project.close': op(Empty, z.object({})),
  'project.update': op(
    z.strictObject({
      name: NameSchema.optional(),
      description: z.string().max(5000).optional(),
      language: LanguageSchema.optional(),
      evaluator: z.string().max(300).optional(),
    }),
    MutationSchema,
  ),
  ...crud('cases', caseDraft),
  ...crud('respondents', respondentDraft),
  ...crud('themes', themeDraft),
  ...crud('memos', memoDraft),
  ...crud('findings', findingDraft),
  ...crud('recommendations', recommendationDraft),
  ...crud('questions', questionDraft),
  ...crud('pseudonyms', pseudonymDraft),
  ...crud('syntheses', synthesisDraft),
  ...crud('codings', codingDraft),
  'themes.merge': op(z.strictObject({ id: IdSchema, into: IdSchema }), MutationSchema),
  'themes.move': op(
    z.strictObject({
      id: IdSchema,
      parentId: IdSchema.nullable(),
      index: z.number().int().nonnegative(),
    }),
    MutationSchema,
  ),
  'codings.addMany': op(
    z.strictObject({ codings: z.array(codingDraft.add).min(1).max(5000) }),
    MutationSchema,
  ),
  /**
   * Settles a place only `coder` coded with a theme: `both` gives `other` the same coding there,
   * `neither` takes the theme off `coder`'s codings there. One undo step.
   */
  'codings.settle': op(
    z.strictObject({
      sourceId: IdSchema,
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      themeId: IdSchema,
      coder: z.string().min(1).max(200),
      other: z.string().min(1).max(200),
      decision: z.enum(['both', 'neither']),
    }),
    MutationSchema,
  ),
  'search.run': op(
    z.strictObject({
      query: z.string().min(1).max(1000),
      options: z
        .strictObject({
          caseSensitive: z.boolean().default(false),
          foldDiacritics: z.boolean().default(false),
          wholeWord: z.boolean().default(false),
          regex: z.boolean().default(false),
        })
        .default({ caseSensitive: false, foldDiacritics: false, wholeWord: false, regex: false }),
      sourceIds: z.array(IdSchema).max(10_000).default([]),
      limit: z.number().int().positive().max(20_000).default(2000),
    }),
    z.object({
      hits: z.array(SearchHitSchema),
      total: z.number().int(),
      /** Sources with at least one hit, shown or not. */
      sources: z.number().int(),
      truncated: z.boolean(),
      /** Sources left out because their text is missing or changed on disk. */
      unreadable: z.number().int().nonnegative().default(0),
    }),
  ),
  /** The codings hits would make at a unit, for a preview before 'codings.addMany'. */
  'search.codingPlan': op(
    z.strictObject({
      unit: TextUnitSchema,
      hits: z
        .array(
          z.strictObject({
            sourceId: IdSchema,
            start: z.number().int().nonnegative(),
            end: z.number().int().nonnegative(),
          }),
        )
        .min(1)
        .max(20_000),
    }),
    z.object({
      codings: z.array(PlannedCodingSchema),
      /** Hits that make no coding (inside a speaker label, or in a text that cannot be read). */
      unplaced: z.array(z.number().int().nonnegative()),
    }),
  ),
  // Codings the renderer does not hold (shared/model/held-codings.ts), asked for per view.
  'codings.ofSources': op(CodingsOfSourcesSchema.input, CodingsOfSourcesSchema.output),
  'codings.byIds': op(CodingsByIdsSchema.input, CodingsByIdsSchema.output),
  'codings.summary': op(Empty, CodingSummarySchema),
  'analysis.evidence': op(Empty, EvidenceAnswerSchema),
  'quotes.list': op(
    QuoteFilterSchema.extend({
      /** The first this many come with their context; the rest are only counted. */
      limit: z.number().int().positive().max(QUOTE_LIMIT_MAX).default(QUOTE_PAGE),
    }),
    z.object({ quotes: z.array(QuoteSchema), total: z.number().int().nonnegative() }),
  ),
  'sources.add': op(
    z.strictObject({
      meta: sourceMetaDraft.add,
      text: z.string().min(1).max(20_000_000),
      origin: z.string().max(1000).nullable().default(null),
    }),
    MutationSchema,
  ),
  'sources.update': op(
    z.strictObject({ id: IdSchema, patch: sourceMetaDraft.patch }),
    MutationSchema,
  ),
  'sources.delete': op(z.strictObject({ id: IdSchema }), MutationSchema),
  'sources.text': op(z.strictObject({ id: IdSchema }), z.object({ text: z.string() })),
  'sources.importFiles': op(
    z.strictObject({
      paths: z.array(z.string().min(1).max(4096)).min(1).max(1000),
      meta: SourceImportMetaSchema,
    }),
    ImportOutcomeSchema,
  ),
  'sources.importData': op(
    z.strictObject({
      files: z
        .array(
          z.strictObject({ name: z.string().min(1).max(500), base64: z.string().max(60_000_000) }),
        )
        .min(1)
        .max(200),
      meta: SourceImportMetaSchema,
    }),
    ImportOutcomeSchema,
  ),
  'history.undo': op(Empty, MutationSchema),
  'history.redo': op(Empty, MutationSchema),
  // Counted by main over every coding (shared/project-counts.ts): the renderer holds only some.
  ...projectCountOps,
  'analysis.coOccurrence': op(
    z.strictObject({ scope: z.enum(['overlap', 'paragraph']).default('paragraph') }),
    z.object({
      pairs: z.array(z.object({ a: z.string(), b: z.string(), count: z.number().int() })),
    }),
  ),
  'analysis.agreement': op(
    z.strictObject({
      unit: AgreementUnitSchema.default('character'),
      coders: z.tuple([z.string().max(200), z.string().max(200)]).optional(),
    }),
    AgreementResultSchema,
  ),
  /** Agreement of every pair of coders, most active coders first: the overview for a team. */
  'analysis.agreementPairs': op(
    z.strictObject({ unit: AgreementUnitSchema.default('character') }),
    z.array(AgreementResultSchema),
  ),
  'analysis.disagreements': op(
    z.strictObject({
      unit: AgreementUnitSchema.default('character'),
      coders: z.tuple([z.string().max(200), z.string().max(200)]).optional(),
      themeId: IdSchema,
      limit: z.number().int().positive().max(QUOTE_LIMIT_MAX).default(QUOTE_PAGE),
    }),
    DisagreementPlacesSchema,
  ),
  'analysis.coOccurrencePlaces': op(
    z.strictObject({
      scope: z.enum(['overlap', 'paragraph']).default('paragraph'),
      a: IdSchema,
      b: IdSchema,
      /** The first this many come with their text and context; the rest are only counted. */
      limit: z.number().int().positive().max(QUOTE_LIMIT_MAX).default(QUOTE_PAGE),
    }),
    z.object({
      places: z.array(
        z.object({
          sourceId: z.string(),
          start: z.number().int(),
          end: z.number().int(),
          codingIds: z.array(z.string()),
          text: z.string(),
          before: z.string(),
          after: z.string(),
        }),
      ),
      total: z.number().int().nonnegative(),
    }),
  ),
  'report.excel': op(
    ExcelReportInputSchema,
    z.object({
      path: z.string(),
      sheets: z.array(z.string()),
      rows: z.record(z.string(), z.number()),
    }),
  ),
  'report.excelDownload': op(
    ExcelDownloadInputSchema,
    z.object({
      /** The .xlsx file's bytes, base64: the browser saves them as a download. */
      base64: z.string(),
      sheets: z.array(z.string()),
      rows: z.record(z.string(), z.number()),
    }),
  ),
  'report.word': op(WordReportInputSchema, z.object({ path: z.string() })),
  'report.wordDownload': op(
    WordDownloadInputSchema,
    /** The .docx file's bytes, base64: the browser saves them as a download. */
    z.object({ base64: z.string() }),
  ),
  // REFI-QDA interchange from the app (shared/refi-interchange.ts): the project as .qdpx or its
  // codebook as .qdc for other tools, and a .qdc codebook into the open project.
  'refi.export': op(RefiExportInputSchema, z.object({ path: z.string() })),
  'refi.exportDownload': op(
    RefiDownloadInputSchema,
    /** The file's bytes, base64: the browser saves them as a download. */
    z.object({ base64: z.string() }),
  ),
  /** The native save dialog for a .qdpx or .qdc; the browser fallback has none. */
  'refi.chooseSavePath': op(RefiSavePathInputSchema, SavePathResultSchema),
  /** One undoable edit; `mutation` is null when every name was already there. */
  'refi.importCodebook': op(
    CodebookImportInputSchema,
    CodebookImportOutputSchema.extend({ mutation: MutationSchema.nullable() }),
  ),
  /** The same from the file's bytes, where there is no path (the browser fallback). */
  'refi.importCodebookData': op(
    CodebookDataInputSchema,
    CodebookImportOutputSchema.extend({ mutation: MutationSchema.nullable() }),
  ),
  /** The native open dialog for a .qdc (or .qdpx); the browser fallback has none. */
  'refi.chooseOpenPath': op(RefiOpenPathInputSchema, SavePathResultSchema),
  'sheets.html': op(SheetsInputSchema, z.object({ html: z.string() })),
  'sheets.print': op(
    PrintSheetsInputSchema,
    z.union([z.object({ done: z.literal(true) }), z.object({ unsupported: z.literal(true) })]),
  ),
  'dialog.chooseSavePath': op(
    z.strictObject({
      purpose: z.enum(['excel', 'pdf', 'word']),
      defaultName: z.string().max(200),
    }),
    SavePathResultSchema,
  ),
  'dialog.chooseFiles': op(
    z.strictObject({ purpose: z.literal('importSources') }),
    z.union([
      z.object({ canceled: z.literal(true) }),
      z.object({ canceled: z.literal(false), paths: z.array(z.string()) }),
      z.object({ unsupported: z.literal(true) }),
    ]),
  ),
  'dialog.chooseFolder': op(
    z.strictObject({ purpose: z.enum(['open', 'create']) }),
    z.union([
      z.object({ canceled: z.literal(true) }),
      z.object({ canceled: z.literal(false), path: z.string() }),
      z.object({ unsupported: z.literal(true) }),
    ]),
  ),
};

export type Contract = typeof contract;
export type OpName = keyof Contract;
export const opNames = Object.keys(contract) as OpName[];
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
export type OpParsedInput<K extends OpName> = z.output<Contract[K]['input']>;
export type OpOutput<K extends OpName> = z.output<Contract[K]['output']>;

/** Whether a string names an operation of the contract. */
export function isOpName(name: string): name is OpName {
  return Object.hasOwn(contract, name);
}

/** The wire form of every answer, over IPC and HTTP alike. */
export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: FyndErrorDataSchema }),
]);
export type Envelope = z.infer<typeof EnvelopeSchema>;
