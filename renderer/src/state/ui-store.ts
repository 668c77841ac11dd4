import { observable, useObservable } from './observable';

/**
 * The main window's views, in navigation order; Ctrl/Cmd+1…8 here and in the native menu. The
 * retrieval views (quotes, search) come last, so the older keys 1…6 keep their meaning.
 */
export const views = [
  'sources',
  'codebook',
  'cases',
  'analysis',
  'findings',
  'reports',
  'quotes',
  'search',
] as const;
export type View = (typeof views)[number];

/**
 * The dialogs over either screen; 'startDemoOver' asks before a fresh demo copy is written. The
 * REFI-QDA ones (export as .qdpx/.qdc, a .qdc into the project) need an open project, as
 * does merging another copy.
 */
export type ProjectDialog =
  | 'newProject'
  | 'openProject'
  | 'importProject'
  | 'startDemoOver'
  | 'exportQdpx'
  | 'exportQdc'
  | 'importCodebook'
  | 'mergeCopy'
  | null;

/** A place in a source to bring into view and flash: a coding, or a range of text. */
export interface SourceFocus {
  sourceId: string;
  /** Code points on the stored text, end exclusive. */
  start: number;
  end: number;
  /** The coding to show as active, when the place is one. */
  codingId: string | null;
  /** Changes with every request, so asking for the same place twice flashes it again. */
  nonce: number;
}

export interface UiState {
  view: View;
  /** The source open in the Sources view, or null for the list. */
  sourceId: string | null;
  /** The project dialog shown over either screen (menu commands can open it anywhere). */
  dialog: ProjectDialog;
  /** Where the open source should scroll to, once (from Quotes or Search). */
  focus: SourceFocus | null;
}

/** Where the user is in the interface; separate from the project so closing keeps nothing. */
export const uiStore = observable<UiState>({
  view: 'sources',
  sourceId: null,
  dialog: null,
  focus: null,
});

let focusNonce = 0;

/** Shows a view. Asking again for Sources while a source is open goes back to the list. */
export function showView(view: View): void {
  uiStore.update((state) =>
    state.view === view && view === 'sources'
      ? { ...state, sourceId: null, focus: null }
      : { ...state, view },
  );
}

/** Opens a source in the Sources view (or goes back to the list with null). */
export function openSource(sourceId: string | null): void {
  uiStore.update((state) => ({ ...state, view: 'sources', sourceId, focus: null }));
}

/**
 * Opens a source scrolled to a place in it (a coding or a search hit), which flashes. Takes a
 * quote or hit as it is: only the place is kept.
 */
export function showInSource(place: Omit<SourceFocus, 'nonce'>): void {
  focusNonce++;
  const { sourceId, start, end, codingId } = place;
  uiStore.update((state) => ({
    ...state,
    view: 'sources',
    sourceId,
    focus: { sourceId, start, end, codingId, nonce: focusNonce },
  }));
}

/** Forgets the place once the source has shown it. */
export function clearSourceFocus(nonce: number): void {
  uiStore.update((state) => (state.focus?.nonce === nonce ? { ...state, focus: null } : state));
}

/** Shows or hides the new/open project dialog. */
export function showProjectDialog(dialog: ProjectDialog): void {
  uiStore.update((state) => ({ ...state, dialog }));
}

/** Back to the first view, e.g. after another project was opened. */
export function resetUi(): void {
  uiStore.update((state) => ({ ...state, view: 'sources', sourceId: null, focus: null }));
}

/** The interface state in React. */
export function useUi(): UiState {
  return useObservable(uiStore);
}
