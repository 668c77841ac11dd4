import type { OpOutput, OpParsedInput } from '../../shared/contract';
import { matrixFigures } from '../../shared/analysis/matrix';
import { mergeImpact } from '../../shared/analysis/merge-impact';
import { countByTheme, deletionImpact } from '../../shared/analysis/theme-counts';
import { FyndError } from '../../shared/errors';
import type { ProjectView } from '../../shared/model/project-data';
import type { ProjectStore } from './store/project-store';

/*
 * What views show that walks every coding, counted here on main's project: the renderer holds
 * only the codings of opened sources and those findings cite.
 */

interface Remembered {
  key: string;
  of: readonly unknown[];
  answer: unknown;
}
/** Answers kept per codings array: main's state hands out a new array only after an edit. */
const remembered = new WeakMap<object, Remembered[]>();
const REMEMBERED = 8;

/**
 * The answer counted before for the same question on the same data (a view shown again with
 * no edit between: switching back to the matrix), else `count`'s, kept for next time.
 */
function rememberedOr<T>(data: ProjectView, key: string, count: () => T): T {
  const of = [data.themes, data.sources, data.cases];
  const kept = remembered.get(data.codings) ?? [];
  const found = kept.find((r) => r.key === key && r.of.every((part, i) => part === of[i]));
  if (found) return found.answer as T;
  const answer = count();
  remembered.set(data.codings, [{ key, of, answer }, ...kept].slice(0, REMEMBERED));
  return answer;
}

/** The theme × case matrix with the panel's columns, roll-up and coders. */
export function themeCaseMatrix(
  store: ProjectStore,
  input: OpParsedInput<'analysis.matrix'>,
): OpOutput<'analysis.matrix'> {
  const data = store.data();
  return rememberedOr(data, `matrix:${JSON.stringify(input)}`, () =>
    matrixFigures(data, input.columns, input.rollUp, input.coderIds),
  );
}

/** The codebook's counts: each theme with its sub-themes' codings, and on its own. */
export function themeCounts(store: ProjectStore): OpOutput<'themes.counts'> {
  const data = store.data();
  return rememberedOr(data, 'counts', () => ({
    rolledUp: countByTheme(data, true),
    direct: countByTheme(data, false),
  }));
}

/** What deleting a theme would take with it, and what merging it into `targetId` would change. */
export function themeImpact(
  store: ProjectStore,
  { themeId, targetId }: OpParsedInput<'themes.impact'>,
): OpOutput<'themes.impact'> {
  const { themes, codings } = store.data();
  for (const id of [themeId, ...(targetId === undefined ? [] : [targetId])])
    if (!themes.some((t) => t.id === id))
      throw new FyndError('notFound', 'That theme is not in the project.', { id });
  return {
    deletion: deletionImpact(themes, codings, themeId),
    merge: targetId === undefined ? null : mergeImpact(themes, codings, themeId, targetId),
  };
}
