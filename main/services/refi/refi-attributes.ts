import { attributeNamed, MAX_ATTRIBUTES, type Attribute } from '../../../shared/model/attributes';
import type { Source } from '../../../shared/model/entities';
import { DateSchema } from '../../../shared/model/primitives';
import { nameList, type ReportDetails } from './import-report';
import type { RefiProject, RefiValue, RefiVariable, RefiVariableValue } from './refi-model';
import { cleanName } from './refi-values';

/**
 * Variable values → typed attributes, for cases and sources alike: Text → text; Integer, Float
 * → number; Boolean; Date → date; DateTime → text, keeping the time. A key met twice keeps its
 * first value; values naming no declared variable are counted in `unknown`.
 */
export function attributesOf(
  values: readonly RefiVariableValue[],
  variables: readonly RefiVariable[],
): { attributes: Attribute[]; unknown: number } {
  const names = new Map(variables.map((v) => [v.guid, v.name]));
  const attributes: Attribute[] = [];
  let unknown = 0;
  for (const value of values) {
    const name = names.get(value.variableGuid);
    if (name === undefined) {
      unknown++;
      continue;
    }
    if (attributes.length >= MAX_ATTRIBUTES) break;
    const key = cleanName(name, value.variableGuid);
    if (attributeNamed(attributes, key)) continue;
    attributes.push(attributeOf(key, value.value));
  }
  return { attributes, unknown };
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

/**
 * Gives the imported sources their attributes: a TextSource's own variable values, then one
 * yes/no attribute per Set of sources, named after the set and true on its members (absent on
 * the rest), so a document group from NVivo or MAXQDA can filter sources in Fynd. A set whose
 * name a member already uses as a key is not put on that member (the report says so); a set
 * with no imported member is listed. Returns how many attributes were given.
 */
export function mapSourceAttributes(
  project: Pick<RefiProject, 'textSources' | 'variables' | 'sets'>,
  sources: readonly Source[],
  sourceOfGuid: ReadonlyMap<string, string>,
  details: ReportDetails,
): number {
  const byId = new Map(sources.map((s) => [s.id, s]));
  let given = 0;
  let unknownVariables = 0;
  for (const refiSource of project.textSources) {
    const source = byId.get(sourceOfGuid.get(refiSource.guid) ?? '');
    if (!source || refiSource.variableValues.length === 0) continue;
    const { attributes, unknown } = attributesOf(refiSource.variableValues, project.variables);
    unknownVariables += unknown;
    if (attributes.length === 0) continue;
    source.attributes = attributes;
    given += attributes.length;
  }
  if (unknownVariables > 0)
    details.missed(unknownVariables, 'unknownVariable', { count: unknownVariables });
  for (const set of project.sets) {
    if (set.memberSources.length === 0) continue;
    const key = cleanName(set.name, set.guid);
    const members = [...new Set(set.memberSources.map((g) => sourceOfGuid.get(g)))]
      .map((id) => byId.get(id ?? ''))
      .filter((s) => s !== undefined);
    if (members.length === 0) {
      details.missed(1, 'setNoSources', { name: key, count: set.memberSources.length });
      continue;
    }
    const taken: string[] = [];
    let carried = 0;
    for (const source of members) {
      const attributes = source.attributes ?? [];
      if (attributeNamed(attributes, key) || attributes.length >= MAX_ATTRIBUTES) {
        taken.push(source.title);
        continue;
      }
      source.attributes = [...attributes, { key, type: 'boolean', value: true }];
      carried++;
    }
    given += carried;
    if (carried > 0) details.note('setCarried', { name: key, count: carried });
    if (taken.length > 0)
      details.missed(taken.length, 'setKeyTaken', { name: key, sources: nameList(taken) });
  }
  return given;
}
