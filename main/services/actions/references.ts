import { FyndError } from '../../../shared/errors';
import { del, put, type Op } from '../../../shared/model/ops';
import type { CollectionName, EntityOf } from '../../../shared/model/project-data';
import type { ProjectState } from '../../../shared/model/project-state';

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
  { from: 'findings', field: 'themeIds', to: 'themes', policy: 'remove' },
  { from: 'findings', field: 'codingIds', to: 'codings', policy: 'remove' },
  { from: 'recommendations', field: 'findingIds', to: 'findings', policy: 'remove' },
  { from: 'questions', field: 'themeIds', to: 'themes', policy: 'remove' },
  { from: 'questions', field: 'findingIds', to: 'findings', policy: 'remove' },
  { from: 'syntheses', field: 'themeId', to: 'themes', policy: 'cascade' },
  { from: 'syntheses', field: 'caseId', to: 'cases', policy: 'cascade' },
];

type AnyEntity = { id: string } & Record<string, unknown>;

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Refuses an entity that points at something that does not exist (or at itself). */
export function assertReferences<C extends CollectionName>(
  state: ProjectState,
  coll: C,
  entity: EntityOf<C>,
): void {
  const record = entity as unknown as AnyEntity;
  for (const ref of references) {
    if (ref.from !== coll) continue;
    for (const id of idsIn(record[ref.field])) {
      if (!state.has(ref.to, id) || (ref.to === coll && id === record.id)) {
        throw new FyndError('invalidReference', `Unknown ${ref.to} id in ${ref.field}.`, {
          field: ref.field,
          id,
        });
      }
    }
  }
  if (coll === 'memos') {
    const target = (entity as EntityOf<'memos'>).target;
    if (target.kind !== 'project' && !state.has(`${target.kind}s` as CollectionName, target.id)) {
      throw new FyndError('invalidReference', 'The memo points at nothing.', { id: target.id });
    }
  }
}

/**
 * The ops that delete an entity and everything the reference policies take with it, plus the
 * updates of entities that merely pointed at it. Applying them leaves no dangling id.
 */
export function deleteWithCascade(state: ProjectState, coll: CollectionName, id: string): Op[] {
  if (!state.has(coll, id)) throw new FyndError('notFound', 'It no longer exists.', { id });
  const doomed = new Map<CollectionName, Set<string>>();
  const edited = new Map<string, { coll: CollectionName; entity: AnyEntity }>();
  const queue: [CollectionName, string][] = [[coll, id]];
  const isDoomed = (c: CollectionName, i: string) => doomed.get(c)?.has(i) ?? false;

  while (queue.length > 0) {
    const [targetColl, targetId] = queue.shift() as [CollectionName, string];
    if (isDoomed(targetColl, targetId)) continue;
    if (!doomed.has(targetColl)) doomed.set(targetColl, new Set());
    doomed.get(targetColl)?.add(targetId);
    edited.delete(`${targetColl}:${targetId}`);

    for (const ref of references) {
      if (ref.to !== targetColl) continue;
      for (const original of state.list(ref.from) as unknown as AnyEntity[]) {
        if (isDoomed(ref.from, original.id)) continue;
        const key = `${ref.from}:${original.id}`;
        const current = edited.get(key)?.entity ?? original;
        const value = current[ref.field];
        if (!idsIn(value).includes(targetId)) continue;
        if (ref.policy === 'cascade') {
          queue.push([ref.from, original.id]);
        } else if (ref.policy === 'nullify') {
          edited.set(key, { coll: ref.from, entity: { ...current, [ref.field]: null } });
        } else {
          const rest = idsIn(value).filter((v) => v !== targetId);
          if (rest.length === 0 && ref.policy === 'removeOrCascade')
            queue.push([ref.from, original.id]);
          else edited.set(key, { coll: ref.from, entity: { ...current, [ref.field]: rest } });
        }
      }
    }
    for (const memo of state.list('memos')) {
      if (
        memo.target.kind !== 'project' &&
        `${memo.target.kind}s` === targetColl &&
        memo.target.id === targetId
      ) {
        queue.push(['memos', memo.id]);
      }
    }
  }

  const ops: Op[] = [];
  for (const { coll: c, entity } of edited.values()) {
    ops.push(put(c, entity as unknown as EntityOf<typeof c>));
  }
  for (const [c, ids] of doomed) for (const i of ids) ops.push(del(c, i));
  return ops;
}

/** Refuses a parent that would make a theme its own ancestor. */
export function assertNoThemeCycle(state: ProjectState, id: string, parentId: string | null): void {
  let current = parentId;
  const seen = new Set<string>();
  while (current !== null && !seen.has(current)) {
    if (current === id) {
      throw new FyndError('invalidReference', 'A theme cannot sit inside itself.', { id });
    }
    seen.add(current);
    current = state.get('themes', current)?.parentId ?? null;
  }
}
