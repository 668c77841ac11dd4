import type { Case, Finding, Respondent, Source, Theme } from '../../../shared/model/entities';
import type { ProjectData } from '../../../shared/model/project-data';
import type { ExcelLabels } from './excel-labels';
import type { ReportBook } from './report-book';

/** Joins theme names from the root down: "Samverkan › Operativ samverkan". */
export const PATH_SEPARATOR = ' › ';
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
  /** The covered themes, depth first in the codebook's order, each with its depth (0 = root). */
  themeTree: { theme: Theme; depth: number }[];
  /** Full path of every theme of the project. */
  themePath: Map<string, string>;
  caseById: Map<string, Case>;
  sourceById: Map<string, Source>;
  respondentById: Map<string, Respondent>;
  /** Finding number (1-based, by order) within the whole project, as cited by recommendations. */
  findingNumber: Map<string, number>;
}

/** Builds the lookups of a report. */
export function reportContext(
  book: ReportBook,
  data: ProjectData,
  full: ProjectData,
  labels: ExcelLabels,
  language: 'sv' | 'en',
  now: Date,
): ReportContext {
  const findingNumber = findingNumbers(full.findings);
  return {
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
    findingNumber,
  };
}

/** Finding numbers (1-based, by order) within the whole project: how every output cites them. */
export function findingNumbers(findings: readonly Finding[]): Map<string, number> {
  return new Map([...findings].sort((a, b) => a.order - b.order).map((f, i) => [f.id, i + 1]));
}

/** Themes depth first, siblings by order; a theme whose parent is missing counts as a root. */
export function themeTree(themes: readonly Theme[]): { theme: Theme; depth: number }[] {
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<string | null, Theme[]>();
  for (const theme of themes) {
    const parent = theme.parentId !== null && ids.has(theme.parentId) ? theme.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(theme);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  const result: { theme: Theme; depth: number }[] = [];
  const visited = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const theme of children.get(parent) ?? []) {
      // A cycle in bad data must not loop forever.
      if (visited.has(theme.id)) continue;
      visited.add(theme.id);
      result.push({ theme, depth });
      visit(theme.id, depth + 1);
    }
  };
  visit(null, 0);
  return result;
}

/** "Parent › Child" for every theme (cycle-safe). */
export function themePaths(themes: readonly Theme[]): Map<string, string> {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const paths = new Map<string, string>();
  for (const theme of themes) {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let t: Theme | undefined = theme; t && !seen.has(t.id); t = byId.get(t.parentId ?? '')) {
      seen.add(t.id);
      names.unshift(t.name);
    }
    paths.set(theme.id, names.join(PATH_SEPARATOR));
  }
  return paths;
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
