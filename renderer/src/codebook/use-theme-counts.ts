import { useMemo } from 'react';
import type { ThemeCounts } from '../../../shared/analysis/theme-counts';
import { useCodingsEdit, useProjectData } from '../state/project-store';
import { identityOf, useApiQuery } from '../state/use-api-query';

/** Counts of a theme with none: what a theme missing from main's answer has. */
export const NO_COUNTS: ThemeCounts = { codings: 0, sources: 0, cases: 0 };

/**
 * The codebook's counts per theme (with sub-themes, and direct), counted by main on every
 * coding; asked again after an edit to codings, themes or sources, the last answer shown
 * meanwhile. Null until main first answers.
 */
export function useThemeCounts(): {
  rolledUp: ReadonlyMap<string, ThemeCounts>;
  direct: ReadonlyMap<string, ThemeCounts>;
} | null {
  const data = useProjectData();
  const codingsEdit = useCodingsEdit();
  const version = [codingsEdit, ...[data.themes, data.sources].map(identityOf)].join('.');
  const value = useApiQuery('themes.counts', {}, version)?.value;
  return useMemo(
    () =>
      value
        ? {
            rolledUp: new Map(Object.entries(value.rolledUp)),
            direct: new Map(Object.entries(value.direct)),
          }
        : null,
    [value],
  );
}

/** What deleting a theme, or merging it into `targetId`, would change, as main counts it. */
export function useThemeImpact(themeId: string, targetId?: string) {
  const data = useProjectData();
  const codingsEdit = useCodingsEdit();
  const version = `${codingsEdit}.${identityOf(data.themes)}`;
  return useApiQuery('themes.impact', { themeId, targetId }, version);
}
