import { z } from 'zod';
import {
  CaseSchema,
  CodingSchema,
  FindingSchema,
  MemoSchema,
  ProjectMetaSchema,
  PseudonymSchema,
  QuestionSchema,
  RecommendationSchema,
  RespondentSchema,
  SourceSchema,
  SynthesisSchema,
  ThemeSchema,
  UserSchema,
} from './entities';

/** Every entity collection of a project, each validated by its schema. */
export const collectionSchemas = {
  cases: CaseSchema,
  respondents: RespondentSchema,
  sources: SourceSchema,
  themes: ThemeSchema,
  codings: CodingSchema,
  memos: MemoSchema,
  findings: FindingSchema,
  recommendations: RecommendationSchema,
  questions: QuestionSchema,
  pseudonyms: PseudonymSchema,
  syntheses: SynthesisSchema,
  users: UserSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];

export type EntityOf<C extends CollectionName> = z.infer<(typeof collectionSchemas)[C]>;

/** The whole of a project except source texts: what the renderer caches and the snapshot holds. */
export const ProjectDataSchema = z.object({
  project: ProjectMetaSchema,
  cases: z.array(CaseSchema),
  respondents: z.array(RespondentSchema),
  sources: z.array(SourceSchema),
  themes: z.array(ThemeSchema),
  codings: z.array(CodingSchema),
  memos: z.array(MemoSchema),
  findings: z.array(FindingSchema),
  recommendations: z.array(RecommendationSchema),
  questions: z.array(QuestionSchema),
  pseudonyms: z.array(PseudonymSchema),
  syntheses: z.array(SynthesisSchema),
  users: z.array(UserSchema),
});
export type ProjectData = z.infer<typeof ProjectDataSchema>;

/** A project with nothing in it yet: the one place that lists every collection empty. */
export function emptyProjectData(project: ProjectData['project']): ProjectData {
  const data = { project } as Record<string, unknown>;
  for (const coll of collectionNames) data[coll] = [];
  return data as ProjectData;
}

/**
 * The project as the renderer holds it: a cache of main's truth that views read and never change
 * in place (every change goes to main and comes back as ops). Collections are read-only arrays of
 * entities with read-only fields, so a view can neither push into a list nor assign a field.
 */
export type ProjectView = {
  readonly [K in keyof ProjectData]: ProjectData[K] extends readonly (infer E)[]
    ? readonly Readonly<E>[]
    : Readonly<ProjectData[K]>;
};
