import type { OpParsedInput } from '../../../shared/contract';
import type { ActionBuilder } from '../store/project-store';
import { addEntity, updateEntity } from './entity-actions';

/** A new memo, created and updated now. */
export function addMemo(
  draft: OpParsedInput<'memos.add'>,
  now: string = new Date().toISOString(),
): ActionBuilder {
  return addEntity('memos', draft, () => ({ created: now, updated: now }));
}

/** A memo's change, which moves its `updated` time to now. */
export function updateMemo(
  { id, patch }: OpParsedInput<'memos.update'>,
  now: string = new Date().toISOString(),
): ActionBuilder {
  return updateEntity('memos', id, patch, () => ({ updated: now }));
}
