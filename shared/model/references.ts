import { collectionNames, type CollectionName, type EntityOf } from './project-data';
import type { ProjectState } from './project-state';

/**
 * How deleting a target affects an entity that points at it:
 * - nullify: the field becomes null (a source without a case);
 * - remove: the id leaves the list (a finding cites one quote fewer);
 * - removeOrCascade: as remove, but an empty list deletes the entity (a coding with no theme);
 * - cascade: the entity goes too (codings of a deleted source, sub-themes of a deleted theme).
 */
type Policy = 'nullify' | 'remove' | 'removeOrCascade' | 'cascade';

interface Reference {
  from: CollectionName;
  field: string;
  to: CollectionName;
  policy: Policy;
}

/** Every id-valued field of the model, in one place. */
export const references: readonly Reference[] = [
  { from: 'respondents', field: 'caseId', to: 'cases', policy: 'nullify' },
  { from: 'sources', field: 'caseId', to: 'cases', policy: 'nullify' },
  { from: 'sources', field: 'respondentIds', to: 'respondents', policy: 'remove' },
  { from: 'themes', field: 'parentId', to: 'themes', policy: 'cascade' },
  { from: 'codings', field: 'sourceId', to: 'sources', policy: 'cascade' },
  { from: 'codings', field: 'themeIds', to: 'themes', policy: 'removeOrCascade' },
  // Users are renamed, never deleted by the app; a coding has no meaning without its coder.
  { from: 'codings', field: 'coderId', to: 'users', policy: 'cascade' },
  { from: 'findings', field: 'themeIds', to: 'themes', policy: 'remove' },
  { from: 'findings', field: 'codingIds', to: 'codings', policy: 'remove' },
  { from: 'recommendations', field: 'findingIds', to: 'findings', policy: 'remove' },
  { from: 'questions', field: 'themeIds', to: 'themes', policy: 'remove' },
  { from: 'questions', field: 'findingIds', to: 'findings', policy: 'remove' },
  { from: 'syntheses', field: 'themeId', to: 'themes', policy: 'cascade' },
  { from: 'syntheses', field: 'caseId', to: 'cases', policy: 'cascade' },
];

export type AnyEntity = { id: string } & Record<string, unknown>;

export function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** One id an entity points at that does not exist (or that is the entity itself). */
export interface DanglingId {
  field: string;
  /** The collection it should be in. */
  to: string;
  id: string;
}

/** The ids an entity points at that do not exist, or that point at itself. */
export function danglingIds<C extends CollectionName>(
  state: ProjectState,
  coll: C,
  entity: EntityOf<C>,
): DanglingId[] {
  const record = entity as unknown as AnyEntity;
  const found: DanglingId[] = [];
  for (const ref of references) {
    if (ref.from !== coll) continue;
    for (const id of idsIn(record[ref.field])) {
      if (!state.has(ref.to, id) || (ref.to === coll && id === record.id)) {
        found.push({ field: ref.field, to: ref.to, id });
      }
    }
  }
  if (coll === 'memos') {
    const target = (entity as EntityOf<'memos'>).target;
    if (target.kind !== 'project' && !state.has(`${target.kind}s` as CollectionName, target.id)) {
      found.push({ field: 'target', to: `${target.kind}s`, id: target.id });
    }
  }
  return found;
}

/** An entity that points at something missing. */
export interface DanglingReference extends DanglingId {
  coll: CollectionName;
  entityId: string;
}

/** Every dangling reference in a project: what `fynd check` and opening after damage report. */
export function findDanglingReferences(state: ProjectState): DanglingReference[] {
  const found: DanglingReference[] = [];
  for (const coll of collectionNames) {
    for (const entity of state.list(coll)) {
      for (const dangling of danglingIds(state, coll, entity)) {
        found.push({ coll, entityId: entity.id, ...dangling });
      }
    }
  }
  return found;
}
