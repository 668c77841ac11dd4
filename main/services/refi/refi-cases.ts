import type { Attribute, Case, Source } from '../../../shared/model/entities';
import { DateSchema } from '../../../shared/model/primitives';
import { nameList, type ReportDetails } from './import-report';
import type { RefiCase, RefiValue, RefiVariable, RefiVariableValue } from './refi-model';
import { cleanName, type IdKeeper } from './refi-values';

/**
 * Cases with their variable values → cases with typed attributes (Text → text; Integer, Float →
 * number; Boolean; Date → date; DateTime → text, keeping the time); a case's SourceRefs set those
 * sources' case (the first case wins, a second is reported).
 */
export function mapCases(
  refiCases: readonly RefiCase[],
  variables: readonly RefiVariable[],
  sources: Source[],
  sourceOfGuid: ReadonlyMap<string, string>,
  ids: IdKeeper,
  details: ReportDetails,
): { cases: Case[]; caseOfGuid: Map<string, string>; attributes: number } {
  const variableNames = new Map(variables.map((v) => [v.guid, v.name]));
  const cases: Case[] = [];
  const caseOfGuid = new Map<string, string>();
  const casesOfSource = new Map<string, string[]>();
  let attributes = 0;
  let unknownVariables = 0;
  for (const refiCase of refiCases) {
    const id = ids.keep(refiCase.guid);
    const name = cleanName(refiCase.name, refiCase.guid);
    caseOfGuid.set(refiCase.guid, id);
    const caseAttributes: Attribute[] = [];
    for (const value of refiCase.values) {
      const key = variableNames.get(value.variableGuid);
      if (key === undefined) {
        unknownVariables++;
        continue;
      }
      if (caseAttributes.length >= 200) break;
      const attributeKey = cleanName(key, value.variableGuid);
      if (caseAttributes.some((a) => a.key === attributeKey)) continue;
      caseAttributes.push(attributeOf(attributeKey, value.value));
    }
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

function attributeOf(key: string, value: RefiValue): Attribute {
  switch (value.type) {
    case 'integer':
    case 'float':
      return { key, type: 'number', value: value.value };
    case 'boolean':
      return { key, type: 'boolean', value: value.value };
    case 'date': {
      const date = value.value.slice(0, 10);
      return DateSchema.safeParse(date).success
        ? { key, type: 'date', value: date }
        : { key, type: 'text', value: value.value.slice(0, 2000) };
    }
    case 'dateTime':
    case 'text':
      return { key, type: 'text', value: value.value.slice(0, 2000) };
  }
}

/** Variable values a source carries itself: Fynd has no place for them, so they are listed. */
export function reportSourceValues(
  title: string,
  values: readonly RefiVariableValue[],
  variables: readonly RefiVariable[],
  details: ReportDetails,
): void {
  if (values.length === 0) return;
  const names = new Map(variables.map((v) => [v.guid, v.name]));
  const shown = values.map(
    (v) => `${names.get(v.variableGuid) ?? v.variableGuid}=${String(v.value.value)}`,
  );
  details.missed(values.length, 'sourceValues', {
    source: title,
    count: values.length,
    values: nameList(shown),
  });
}
