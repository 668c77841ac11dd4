import { z } from 'zod';
import type { Coding } from '../model/entities';
import { SourceKindSchema, ValenceSchema } from '../model/entities';
import { IdSchema } from '../model/primitives';
import type { ProjectData } from '../model/project-data';
import { themeWithDescendants } from '../model/theme-tree';

/** Which coded segments to retrieve: a theme (with or without its sub-themes) and filters. */
export const QuoteFilterSchema = z.strictObject({
  themeIds: z.array(IdSchema).max(1000).default([]),
  includeSubthemes: z.boolean().default(true),
  caseIds: z.array(IdSchema).max(1000).default([]),
  kinds: z.array(SourceKindSchema).max(4).default([]),
  roles: z.array(z.string().max(300)).max(100).default([]),
  valences: z.array(ValenceSchema).max(4).default([]),
  /** The coders (user ids) whose codings count; empty: everyone's. */
  coderIds: z.array(IdSchema).max(1000).default([]),
  /** A case attribute that must hold this value, e.g. {key: "Typ av aktör", value: "Kommun"}. */
  attribute: z
    .strictObject({ key: z.string().max(300), value: z.string().max(2000) })
    .nullable()
    .default(null),
});
export type QuoteFilter = z.output<typeof QuoteFilterSchema>;

/** The codings a filter selects, in source order then text order. Empty lists mean "any". */
export function selectQuotes(data: ProjectData, filter: QuoteFilter): Coding[] {
  const themes = new Set<string>();
  for (const id of filter.themeIds) {
    for (const t of filter.includeSubthemes ? themeWithDescendants(data.themes, id) : [id])
      themes.add(t);
  }
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const cases = new Map(data.cases.map((c) => [c.id, c]));
  const respondents = new Map(data.respondents.map((r) => [r.id, r]));
  const sourceOrder = new Map(data.sources.map((s, i) => [s.id, i]));
  const matchesSource = (sourceId: string): boolean => {
    const source = sources.get(sourceId);
    if (!source) return false;
    if (filter.caseIds.length > 0 && !(source.caseId && filter.caseIds.includes(source.caseId)))
      return false;
    if (filter.kinds.length > 0 && !filter.kinds.includes(source.kind)) return false;
    if (filter.roles.length > 0) {
      const roles = source.respondentIds.map((id) => respondents.get(id)?.role ?? '');
      if (!roles.some((role) => filter.roles.includes(role))) return false;
    }
    if (filter.attribute) {
      const attribute = filter.attribute;
      const found = source.caseId
        ? cases.get(source.caseId)?.attributes.find((a) => a.key === attribute.key)
        : undefined;
      if (!found || String(found.value) !== attribute.value) return false;
    }
    return true;
  };
  const sourceOk = new Map<string, boolean>();
  return data.codings
    .filter((coding) => {
      if (themes.size > 0 && !coding.themeIds.some((id) => themes.has(id))) return false;
      if (filter.valences.length > 0 && !filter.valences.includes(coding.valence)) return false;
      if (filter.coderIds.length > 0 && !filter.coderIds.includes(coding.coderId)) return false;
      let ok = sourceOk.get(coding.sourceId);
      if (ok === undefined) {
        ok = matchesSource(coding.sourceId);
        sourceOk.set(coding.sourceId, ok);
      }
      return ok;
    })
    .sort(
      (a, b) =>
        (sourceOrder.get(a.sourceId) ?? 0) - (sourceOrder.get(b.sourceId) ?? 0) ||
        a.start - b.start,
    );
}
