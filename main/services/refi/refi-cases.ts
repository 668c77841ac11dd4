import type { Case, Source } from '../../../shared/model/entities';
import { nameList, type ReportDetails } from './import-report';
import { attributesOf } from './refi-attributes';
import type { RefiCase, RefiVariable } from './refi-model';
import { cleanName, type IdKeeper } from './refi-values';

/**
 * Cases with their variable values → cases with typed attributes (see `attributesOf`); a case's
 * SourceRefs set those sources' case (the first case wins, a second is reported).
 */
export function mapCases(
  refiCases: readonly RefiCase[],
  variables: readonly RefiVariable[],
  sources: Source[],
  sourceOfGuid: ReadonlyMap<string, string>,
  ids: IdKeeper,
  details: ReportDetails,
): { cases: Case[]; caseOfGuid: Map<string, string>; attributes: number } {
  const cases: Case[] = [];
  const caseOfGuid = new Map<string, string>();
  const casesOfSource = new Map<string, string[]>();
  let attributes = 0;
  let unknownVariables = 0;
  for (const refiCase of refiCases) {
    const id = ids.keep(refiCase.guid);
    const name = cleanName(refiCase.name, refiCase.guid);
    caseOfGuid.set(refiCase.guid, id);
    const { attributes: caseAttributes, unknown } = attributesOf(refiCase.values, variables);
    unknownVariables += unknown;
    attributes += caseAttributes.length;
    cases.push({ id, name, type: 'other', attributes: caseAttributes, indicators: [] });
    for (const guid of refiCase.sourceRefs) {
      const sourceId = sourceOfGuid.get(guid);
      if (!sourceId) continue;
      casesOfSource.set(sourceId, [...(casesOfSource.get(sourceId) ?? []), id]);
    }
  }
  if (unknownVariables > 0)
    details.missed(unknownVariables, 'unknownVariable', { count: unknownVariables });
  for (const source of sources) {
    const caseIds = casesOfSource.get(source.id);
    if (!caseIds?.length) continue;
    source.caseId = caseIds[0] ?? null;
    if (caseIds.length > 1) {
      const names = caseIds.map((cid) => cases.find((c) => c.id === cid)?.name ?? cid);
      details.note('caseConflict', {
        source: source.title,
        cases: nameList(names),
        chosen: names[0] ?? '',
      });
    }
  }
  return { cases, caseOfGuid, attributes };
}
