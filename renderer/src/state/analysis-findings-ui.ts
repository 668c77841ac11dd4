import { observable, useObservable } from './observable';

/**
 * Where the user is in the analysis and findings views: which matrix cell is open, which tab
 * of the findings view, which finding collects quotes. Kept outside the views so that going
 * to the matrix to pick quotes and coming back finds everything as it was.
 */

export type MatrixColumnMode =
  { kind: 'cases' } | { kind: 'caseType' } | { kind: 'attribute'; key: string };

export interface MatrixSelection {
  themeId: string;
  columnId: string;
}

export const findingsViewTabs = [
  'findings',
  'recommendations',
  'responses',
  'questions',
  'evaluationMatrix',
] as const;
export type FindingsViewTab = (typeof findingsViewTabs)[number];

export interface AnalysisFindingsUi {
  columns: MatrixColumnMode;
  rollUp: boolean;
  /** Whose codings the matrix counts (none: everyone's). */
  coderIds: readonly string[];
  /** Parent themes folded in the matrix. */
  collapsed: ReadonlySet<string>;
  cell: MatrixSelection | null;
  tab: FindingsViewTab;
  findingId: string | null;
  recommendationId: string | null;
  questionId: string | null;
  /** The finding that quotes picked in the matrix panel are added to. */
  quoteTargetId: string | null;
}

export const analysisFindingsUi = observable<AnalysisFindingsUi>({
  columns: { kind: 'cases' },
  rollUp: true,
  coderIds: [],
  collapsed: new Set(),
  cell: null,
  tab: 'findings',
  findingId: null,
  recommendationId: null,
  questionId: null,
  quoteTargetId: null,
});

/** Changes part of the analysis and findings views' state. */
export function patchAnalysisFindingsUi(change: Partial<AnalysisFindingsUi>): void {
  analysisFindingsUi.update((state) => ({ ...state, ...change }));
}

/** Folds or unfolds a parent theme's rows in the matrix. */
export function toggleCollapsed(themeId: string): void {
  analysisFindingsUi.update((state) => {
    const collapsed = new Set(state.collapsed);
    if (collapsed.has(themeId)) collapsed.delete(themeId);
    else collapsed.add(themeId);
    return { ...state, collapsed };
  });
}

/** The analysis and conclusions state in React. */
export function useAnalysisFindingsUi(): AnalysisFindingsUi {
  return useObservable(analysisFindingsUi);
}
