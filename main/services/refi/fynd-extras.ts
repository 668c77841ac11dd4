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
  ValenceSchema,
} from '../../../shared/model/entities';
import type { ProjectData } from '../../../shared/model/project-data';

/**
 * What REFI-QDA has no place for (valence, findings, recommendations, questions, indicators,
 * case types, source kinds, a theme's inclusion/exclusion/example, memos on cases and codings)
 * travels in one Note of the exported project whose text starts with this line and goes on as
 * JSON. Other tools show it as an ordinary note; Fynd reads it back, so a round trip through
 * .qdpx loses nothing. What REFI does carry (names, colours, texts, offsets, coders) is read from
 * REFI itself, so an edit made in another tool wins.
 */
export const EXTRAS_MARKER = 'fynd-extras:1';
export const EXTRAS_NOTE_NAME = 'Fynd';

export const FyndExtrasSchema = z.object({
  project: ProjectMetaSchema,
  themes: z.array(ThemeSchema),
  sources: z.array(SourceSchema),
  cases: z.array(CaseSchema),
  codings: z.array(
    z.object({
      id: z.string(),
      valence: ValenceSchema,
      created: CodingSchema.shape.created,
      memo: CodingSchema.shape.memo,
    }),
  ),
  memos: z.array(MemoSchema),
  respondents: z.array(RespondentSchema),
  findings: z.array(FindingSchema),
  recommendations: z.array(RecommendationSchema),
  questions: z.array(QuestionSchema),
  pseudonyms: z.array(PseudonymSchema),
  syntheses: z.array(SynthesisSchema),
});
export type FyndExtras = z.infer<typeof FyndExtrasSchema>;

/** The extras of a project, as the note's text. */
export function extrasText(data: ProjectData): string {
  const codings = data.codings.map((c) => ({
    id: c.id,
    valence: c.valence,
    created: c.created,
    memo: c.memo,
  }));
  const extras: FyndExtras = {
    project: data.project,
    themes: data.themes,
    sources: data.sources,
    cases: data.cases,
    codings,
    memos: data.memos,
    respondents: data.respondents,
    findings: data.findings,
    recommendations: data.recommendations,
    questions: data.questions,
    pseudonyms: data.pseudonyms,
    syntheses: data.syntheses,
  };
  return `${EXTRAS_MARKER}\n${JSON.stringify(extras)}`;
}

let compiledExtras: typeof FyndExtrasSchema | null = null;

/** The extras a note carries, or null when it is an ordinary note (or they do not parse). */
export function readExtras(text: string): FyndExtras | null {
  if (!text.startsWith(`${EXTRAS_MARKER}\n`)) return null;
  // The same schema compiled by zod (see compiled-schemas.ts), once, when a note carries extras.
  compiledExtras ??= z.compile(FyndExtrasSchema);
  try {
    const parsed = compiledExtras.safeParse(JSON.parse(text.slice(EXTRAS_MARKER.length + 1)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Puts back what only the extras hold onto data read from REFI: for each theme, source, case and
 * coding still there, the fields REFI has no place for; memos, respondents and the conclusions
 * whole, keeping only references that still resolve.
 */
export function applyExtras(data: ProjectData, extras: FyndExtras): ProjectData {
  const themes = new Map(extras.themes.map((t) => [t.id, t]));
  const sources = new Map(extras.sources.map((s) => [s.id, s]));
  const cases = new Map(extras.cases.map((c) => [c.id, c]));
  const codings = new Map(extras.codings.map((c) => [c.id, c]));
  const has = (list: readonly { id: string }[]) => {
    const ids = new Set(list.map((x) => x.id));
    return (id: string | null) => id === null || ids.has(id);
  };
  const themeIds = has(data.themes);
  const caseIds = has(data.cases);
  const codingIds = has(data.codings);
  const respondents = extras.respondents.filter((r) => caseIds(r.caseId));
  const respondentIds = has(respondents);
  const findings = extras.findings.map((f) => ({
    ...f,
    themeIds: f.themeIds.filter(themeIds),
    codingIds: f.codingIds.filter(codingIds),
  }));
  const findingIds = has(findings);
  const memoTargets = (memo: ProjectData['memos'][number]) => {
    const target = memo.target;
    switch (target.kind) {
      case 'project':
        return true;
      case 'source':
        return has(data.sources)(target.id);
      case 'case':
        return caseIds(target.id);
      case 'theme':
        return themeIds(target.id);
      case 'coding':
        return codingIds(target.id);
    }
  };
  return {
    ...data,
    project: { ...extras.project, name: data.project.name, description: data.project.description },
    themes: data.themes.map((t) => {
      const kept = themes.get(t.id);
      return kept
        ? {
            ...t,
            inclusion: kept.inclusion,
            exclusion: kept.exclusion,
            example: kept.example,
            order: kept.order,
            definition:
              t.definition.trim() === kept.definition.trim() ? kept.definition : t.definition,
          }
        : t;
    }),
    sources: data.sources.map((s) => {
      const kept = sources.get(s.id);
      return kept
        ? {
            ...s,
            kind: kept.kind,
            date: kept.date,
            interviewer: kept.interviewer,
            respondentIds: kept.respondentIds.filter(respondentIds),
            origin: kept.origin,
            imported: kept.imported,
          }
        : s;
    }),
    cases: data.cases.map((c) => {
      const kept = cases.get(c.id);
      return kept ? { ...c, type: kept.type, indicators: kept.indicators } : c;
    }),
    codings: data.codings.map((c) => {
      const kept = codings.get(c.id);
      return kept ? { ...c, valence: kept.valence, created: kept.created, memo: kept.memo } : c;
    }),
    memos: extras.memos.filter(memoTargets),
    respondents,
    findings,
    recommendations: extras.recommendations.map((r) => ({
      ...r,
      findingIds: r.findingIds.filter(findingIds),
    })),
    questions: extras.questions.map((q) => ({
      ...q,
      themeIds: q.themeIds.filter(themeIds),
      findingIds: q.findingIds.filter(findingIds),
    })),
    pseudonyms: extras.pseudonyms,
    syntheses: extras.syntheses.filter((s) => themeIds(s.themeId) && caseIds(s.caseId)),
  };
}
