import { FyndError } from '../../../shared/errors';
import type { User } from '../../../shared/model/entities';
import { put } from '../../../shared/model/ops';
import type { ProjectState } from '../../../shared/model/project-state';
import { userNameKey } from '../../../shared/model/users';
import type { ActionBuilder } from '../store/project-store';

/** The coder a new coding gets: a user of the project, or one who joins with the coding. */
export interface CoderChoice {
  id: string;
  /** A user not in the project yet, added by the same edit. */
  joins?: User;
}

/**
 * Who codes in a project opened by `me`: me by id, else a user of the same name (a v1 project's
 * evaluator, say: no second "Anna"), else me joining. Without a current user (the command
 * line, a first start not answered): the user named like the project's evaluator, or the first.
 */
export function coderFor(
  state: ProjectState,
  me: { id: string; name: string } | null,
  unnamed: string,
): CoderChoice {
  const users = state.list('users');
  if (me) {
    const mine =
      users.find((u) => u.id === me.id) ??
      users.find((u) => userNameKey(u.name) === userNameKey(me.name));
    return mine ? { id: mine.id } : { id: me.id, joins: { id: me.id, name: me.name } };
  }
  const evaluator = state.project.evaluator.trim();
  const named = evaluator
    ? users.find((u) => userNameKey(u.name) === userNameKey(evaluator))
    : undefined;
  const chosen = named ?? users[0];
  if (chosen) return { id: chosen.id };
  const id = globalThis.crypto.randomUUID();
  return { id, joins: { id, name: evaluator.slice(0, 300) || unnamed } };
}

/** The ops that bring a joining user in (none when the coder is in the project already). */
export function joinOps(state: ProjectState, coder: CoderChoice): ReturnType<ActionBuilder> {
  if (!coder.joins || state.has('users', coder.joins.id)) return { ops: [] };
  return { ops: [put('users', coder.joins)] };
}

/** Renames a user: one put, so undo brings the old name back on every coding. */
export function renameUser(id: string, name: string): ActionBuilder {
  return (state) => {
    const user = state.get('users', id);
    if (!user) throw new FyndError('notFound', 'It no longer exists.', { id });
    if (user.name === name) return { ops: [] };
    return { ops: [put('users', { ...user, name })], id };
  };
}
