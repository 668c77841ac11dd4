import type { OpParsedInput } from '../../../shared/contract';
import type { ActionBuilder } from '../store/project-store';

/** Changes the project's own facts (name, language…); nothing when nothing changes. */
export function updateProjectMeta(patch: OpParsedInput<'project.update'>): ActionBuilder {
  return (state) => {
    const next = { ...state.project, ...withoutUndefined(patch) };
    const same = JSON.stringify(next) === JSON.stringify(state.project);
    return { ops: same ? [] : [{ op: 'meta', value: next }] };
  };
}

function withoutUndefined(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
