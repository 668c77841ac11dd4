import { FyndError } from '../../../shared/errors';
import {
  collectionSchemas,
  type CollectionName,
  type EntityOf,
} from '../../../shared/model/project-data';
import { newId } from '../../../shared/model/primitives';
import { put } from '../../../shared/model/ops';
import type { ProjectState } from '../../../shared/model/project-state';
import type { ActionBuilder } from '../store/project-store';
import { themeNameKey } from '../../../shared/model/theme-names';
import { assertNoThemeCycle, assertReferences, deleteWithCascade } from './references';
import { assertFreeThemeName } from './theme-actions';

/** Collections whose entities carry an `order` among their siblings. */
const ordered = new Set<CollectionName>(['themes', 'findings', 'recommendations', 'questions']);

/** The order that puts a new entity after its last sibling. */
function nextOrder(state: ProjectState, coll: CollectionName, parentId: string | null): number {
  let max = -1;
  for (const item of state.list(coll) as readonly { order?: number; parentId?: string | null }[]) {
    if (coll === 'themes' && (item.parentId ?? null) !== parentId) continue;
    max = Math.max(max, item.order ?? -1);
  }
  return max + 1;
}

/**
 * Validates a whole entity against its collection schema and its references; `current` is the
 * entity as it is now (an update), so rules about a change only apply when it changes.
 */
function checked<C extends CollectionName>(
  state: ProjectState,
  coll: C,
  value: unknown,
  current?: EntityOf<C>,
): EntityOf<C> {
  const parsed = collectionSchemas[coll].safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FyndError('invalidInput', issue?.message ?? 'Invalid value.', {
      path: issue ? issue.path.join('.') : '',
    });
  }
  const entity = parsed.data as EntityOf<C>;
  assertReferences(state, coll, entity);
  if (coll === 'themes') {
    const theme = entity as EntityOf<'themes'>;
    const before = current as EntityOf<'themes'> | undefined;
    assertNoThemeCycle(state, theme.id, theme.parentId);
    // A name shared with a sibling before this rule existed stays until it is renamed or moved.
    const renamedOrMoved =
      !before ||
      before.parentId !== theme.parentId ||
      themeNameKey(before.name) !== themeNameKey(theme.name);
    if (renamedOrMoved) assertFreeThemeName(state, theme.parentId, theme.name, new Set([theme.id]));
  }
  return entity;
}

/** Builds the ops of adding one entity from a parsed draft. */
export function addEntity<C extends CollectionName>(
  coll: C,
  draft: object,
  extra: (state: ProjectState) => object = () => ({}),
  id: string = newId(),
): ActionBuilder {
  return (state) => {
    const base: Record<string, unknown> = { ...draft, ...extra(state), id };
    if (ordered.has(coll)) {
      base.order = nextOrder(state, coll, (base.parentId as string | null | undefined) ?? null);
    }
    return { ops: [put(coll, checked(state, coll, base))], id };
  };
}

/** Builds the ops of changing some fields of one entity. */
export function updateEntity<C extends CollectionName>(
  coll: C,
  id: string,
  patch: object,
  extra: (current: EntityOf<C>) => object = () => ({}),
): ActionBuilder {
  return (state) => {
    const current = state.get(coll, id);
    if (!current) throw new FyndError('notFound', 'It no longer exists.', { id });
    const next = { ...current, ...withoutUndefined(patch), ...extra(current), id };
    if (JSON.stringify(next) === JSON.stringify(current)) return { ops: [], id };
    return { ops: [put(coll, checked(state, coll, next, current))], id };
  };
}

/** Builds the ops of deleting one entity and what goes with it. */
export function deleteEntity(coll: CollectionName, id: string): ActionBuilder {
  return (state) => ({ ops: deleteWithCascade(state, coll, id), id });
}

function withoutUndefined(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
