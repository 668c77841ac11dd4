import type { OpOutput, OpParsedInput } from '../../shared/contract';
import { computeMatrix, matrixToRecords } from '../../shared/analysis/matrix';
import { mergeImpact } from '../../shared/analysis/merge-impact';
import { coderIdsWhoCoded, countByTheme, deletionImpact } from '../../shared/analysis/theme-counts';
import { FyndError } from '../../shared/errors';
import type { ProjectStore } from './store/project-store';

/*
 * What views show that walks every coding, counted here on main's project: the renderer holds
 * only the codings of opened sources and those findings cite.
 */

/** The theme × case matrix with the panel's columns, roll-up and coders. */
export function themeCaseMatrix(
  store: ProjectStore,
  input: OpParsedInput<'analysis.matrix'>,
): OpOutput<'analysis.matrix'> {
  return matrixToRecords(computeMatrix(store.data(), input.columns, input.rollUp, input.coderIds));
}

/** The codebook's counts: each theme with its sub-themes' codings, and on its own. */
export function themeCounts(store: ProjectStore): OpOutput<'themes.counts'> {
  const data = store.data();
  return { rolledUp: countByTheme(data, true), direct: countByTheme(data, false) };
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

/** The users who coded anything. */
export function codersWhoCoded(store: ProjectStore): OpOutput<'analysis.coders'> {
  return { coderIds: coderIdsWhoCoded(store.data().codings) };
}
