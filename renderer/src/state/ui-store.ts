import { observable, useObservable } from './observable';

/** The main window's views, in navigation order (Ctrl/Cmd+1…6). */
export const views = ['sources', 'codebook', 'cases', 'analysis', 'findings', 'reports'] as const;
export type View = (typeof views)[number];

export type ProjectDialog = 'newProject' | 'openProject' | null;

export interface UiState {
  view: View;
  /** The source open in the Sources view, or null for the list. */
  sourceId: string | null;
  /** The project dialog shown over either screen (menu commands can open it anywhere). */
  dialog: ProjectDialog;
}

/** Where the user is in the interface; separate from the project so closing keeps nothing. */
export const uiStore = observable<UiState>({ view: 'sources', sourceId: null, dialog: null });

/** Shows a view. */
export function showView(view: View): void {
  uiStore.update((state) => ({ ...state, view }));
}

/** Opens a source in the Sources view (or goes back to the list with null). */
export function openSource(sourceId: string | null): void {
  uiStore.update((state) => ({ ...state, view: 'sources', sourceId }));
}

/** Shows or hides the new/open project dialog. */
export function showProjectDialog(dialog: ProjectDialog): void {
  uiStore.update((state) => ({ ...state, dialog }));
}

/** Back to the first view, e.g. after another project was opened. */
export function resetUi(): void {
  uiStore.update((state) => ({ ...state, view: 'sources', sourceId: null }));
}

/** The interface state in React. */
export function useUi(): UiState {
  return useObservable(uiStore);
}
