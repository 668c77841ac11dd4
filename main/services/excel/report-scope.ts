import { themeWithDescendants } from '../../../shared/model/theme-tree';
import type { ProjectData } from '../../../shared/model/project-data';

/** The cases and themes a report is restricted to; null means all. */
export interface ReportScope {
  caseIds: ReadonlySet<string> | null;
  /** The selected themes with all their sub-themes. */
  themeIds: ReadonlySet<string> | null;
}

/** Turns the options' id lists into a scope (an empty or missing list selects everything). */
export function reportScope(
  data: ProjectData,
  caseIds: readonly string[] | undefined,
  themeIds: readonly string[] | undefined,
): ReportScope {
  let themes: Set<string> | null = null;
  if (themeIds && themeIds.length > 0) {
    themes = new Set();
    for (const id of themeIds) for (const t of themeWithDescendants(data.themes, id)) themes.add(t);
  }
  return {
    caseIds: caseIds && caseIds.length > 0 ? new Set(caseIds) : null,
    themeIds: themes,
  };
}

/**
 * The part of a project a report covers, as a project of its own, so every sheet and every
 * count (matrix, evidence, question status) is computed the same way on it:
 * - cases: the selected ones; sources: those of the selected cases (a source without a case
 *   is left out once cases are selected); respondents: of those cases or sources;
 * - themes: the selected ones with their sub-themes;
 * - codings: on the remaining sources, carrying at least one remaining theme (a coding keeps
 *   all its themes, so the quote shows everything it was coded with);
 * - findings: with a theme selection, those naming a selected theme or citing a remaining
 *   coding; their evidence counts only remaining codings;
 * - syntheses: of remaining cases and themes. Recommendations, questions, memos and
 *   pseudonyms stay whole.
 */
export function scopeProjectData(data: ProjectData, scope: ReportScope): ProjectData {
  const { caseIds, themeIds } = scope;
  if (!caseIds && !themeIds) return data;
  const cases = caseIds ? data.cases.filter((c) => caseIds.has(c.id)) : data.cases;
  const sources = caseIds
    ? data.sources.filter((s) => s.caseId !== null && caseIds.has(s.caseId))
    : data.sources;
  const sourceIds = new Set(sources.map((s) => s.id));
  const respondentIds = new Set(sources.flatMap((s) => s.respondentIds));
  const respondents = caseIds
    ? data.respondents.filter(
        (r) => respondentIds.has(r.id) || (r.caseId !== null && caseIds.has(r.caseId)),
      )
    : data.respondents;
  const themes = themeIds ? data.themes.filter((t) => themeIds.has(t.id)) : data.themes;
  const codings = data.codings.filter(
    (c) => sourceIds.has(c.sourceId) && (!themeIds || c.themeIds.some((id) => themeIds.has(id))),
  );
  const codingIds = new Set(codings.map((c) => c.id));
  const findings = themeIds
    ? data.findings.filter(
        (f) =>
          f.themeIds.some((id) => themeIds.has(id)) || f.codingIds.some((id) => codingIds.has(id)),
      )
    : data.findings;
  const caseSet = new Set(cases.map((c) => c.id));
  const syntheses = data.syntheses.filter(
    (s) => caseSet.has(s.caseId) && (!themeIds || themeIds.has(s.themeId)),
  );
  return { ...data, cases, sources, respondents, themes, codings, findings, syntheses };
}
