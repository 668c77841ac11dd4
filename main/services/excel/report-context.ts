import type { Case, Respondent, Source } from '../../../shared/model/entities';
import type { ProjectData } from '../../../shared/model/project-data';
import { orderNumbers } from '../../../shared/model/numbering';
import { themePaths, themeTree, type ThemeRow } from '../../../shared/model/theme-tree';
import type { ExcelLabels } from './excel-labels';
import type { ReportBook } from './report-book';

/** Joins several values in one cell (themes of a coding, respondents of a source). */
export const LIST_SEPARATOR = '; ';

/** What every sheet writer needs: the covered data, the whole project, words and lookups. */
export interface ReportContext {
  book: ReportBook;
  /** The part of the project the report covers (see `scopeProjectData`). */
  data: ProjectData;
  /** The whole project, for totals and numbering that must not shift with a selection. */
  full: ProjectData;
  labels: ExcelLabels;
  language: 'sv' | 'en';
  now: Date;
  /** The covered themes in the codebook's order (`themeTree`), each with its depth (0 = root). */
  themeTree: ThemeRow[];
  /** Full path of every theme of the project. */
  themePath: Map<string, string>;
  caseById: Map<string, Case>;
  sourceById: Map<string, Source>;
  respondentById: Map<string, Respondent>;
  /** Numbers (`orderNumbers`) within the whole project, as the app shows and cites them. */
  findingNumber: Map<string, number>;
  recommendationNumber: Map<string, number>;
  questionNumber: Map<string, number>;
  /** A source's text when it is sound (for units that need the text); absent: not available. */
  readText?: ((sourceId: string) => Promise<string | null>) | undefined;
}

/** Builds the lookups of a report. */
export function reportContext(
  book: ReportBook,
  data: ProjectData,
  full: ProjectData,
  labels: ExcelLabels,
  language: 'sv' | 'en',
  now: Date,
  readText?: (sourceId: string) => Promise<string | null>,
): ReportContext {
  return {
    readText,
    book,
    data,
    full,
    labels,
    language,
    now,
    themeTree: themeTree(data.themes),
    themePath: themePaths(full.themes),
    caseById: new Map(full.cases.map((c) => [c.id, c])),
    sourceById: new Map(full.sources.map((s) => [s.id, s])),
    respondentById: new Map(full.respondents.map((r) => [r.id, r])),
    findingNumber: orderNumbers(full.findings),
    recommendationNumber: orderNumbers(full.recommendations),
    questionNumber: orderNumbers(full.questions),
  };
}

/** The theme paths of a list of theme ids, joined. */
export function themeList(context: ReportContext, ids: readonly string[]): string {
  return ids
    .map((id) => context.themePath.get(id))
    .filter((p): p is string => p !== undefined)
    .join(LIST_SEPARATOR);
}

/** Case names of a list of case ids, joined. */
export function caseList(context: ReportContext, ids: readonly string[]): string {
  return ids
    .map((id) => context.caseById.get(id)?.name)
    .filter((n): n is string => n !== undefined)
    .join(LIST_SEPARATOR);
}
