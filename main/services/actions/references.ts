import { FyndError } from '../../../shared/errors';
import { del, put, type Op } from '../../../shared/model/ops';
import type { CollectionName, EntityOf } from '../../../shared/model/project-data';
import type { ProjectState } from '../../../shared/model/project-state';
import { danglingIds, idsIn, references, type AnyEntity } from '../../../shared/model/references';

/** Refuses an entity that points at something that does not exist (or at itself). */
export function assertReferences<C extends CollectionName>(
  state: ProjectState,
  coll: C,
  entity: EntityOf<C>,
): void {
  const [first] = danglingIds(state, coll, entity);
  if (!first) return;
  if (first.field === 'target') {
    throw new FyndError('invalidReference', 'The memo points at nothing.', { id: first.id });
  }
  throw new FyndError('invalidReference', `Unknown ${first.to} id in ${first.field}.`, {
    field: first.field,
    id: first.id,
  });
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
