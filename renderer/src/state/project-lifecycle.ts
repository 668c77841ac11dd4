import type { OpenedProject, OpInput, RecentEntry } from '../../../shared/contract';
import type { FyndErrorData } from '../../../shared/errors';
import { api, errorDataOf } from '../api/api-client';
import { drafts } from './drafts';
import { mayLeaveProject } from './leave-question';
import { observable, useObservable } from './observable';
import { adoptProject, clearProject, projectStore } from './project-store';
import { resetRetrieval } from './retrieval-store';
import { resetUi } from './ui-store';
import { loadUser, userStore } from './user-store';

/**
 * Opening, creating and closing projects, and what the start screen shows meanwhile. Changes
 * to an open project go through project-store instead.
 */

/** What the user was opening: the banner offers what fits (removal from the list, starting over). */
export type OpeningKind = 'demo' | 'recent' | 'other';

export interface OpenFailure {
  error: FyndErrorData;
  /** The folder it was about (for restoring a backup), when known. */
  dir: string | null;
  kind: OpeningKind;
}

export interface StartState {
  recent: readonly RecentEntry[];
  busy: boolean;
  failure: OpenFailure | null;
  /** Whether native folder dialogs exist (Electron) or paths are typed (browser fallback). */
  host: 'electron' | 'web';
}

export const startStore = observable<StartState>({
  recent: [],
  busy: false,
  failure: null,
  host: 'web',
});

/**
 * What happens at launch: show the project main already has open; else open the built-in demo
 * when there is nothing recent (a first run); else show the start screen.
 */
export async function startup(): Promise<void> {
  try {
    const info = await api.call('app.info', {});
    patch({ host: info.host });
    await loadUser();
    const current = await api.call('project.current', {});
    if (current) {
      adoptProject(current);
      return;
    }
    const { projects } = await api.call('project.recent', {});
    patch({ recent: projects });
    // A first start asks the name on the start screen first; the demo opens once it is given.
    if (projects.length === 0 && userStore.get().user) {
      await openDemo();
      return;
    }
  } catch (error) {
    fail(error, null, 'other');
  }
  if (projectStore.get().phase !== 'open') clearProject();
}

/** After the first start's name: a first run goes on to the demo, as it would have. */
export async function afterFirstName(): Promise<void> {
  if (startStore.get().recent.length === 0) await openDemo();
}

/** Opens the user's copy of the demo project (main writes one only when there is none). */
export function openDemo(): Promise<boolean> {
  return opening(() => api.call('project.openDemo', {}), null, 'demo');
}

/** Writes a fresh copy of the demo beside the current one (which stays) and opens it. */
export function startDemoOver(): Promise<boolean> {
  return opening(() => api.call('project.startDemoOver', {}), null, 'demo');
}

/**
 * Opens the project in a folder; with `takeOverLock`, first takes over the lock the user chose
 * to take over (one whose holder Fynd could not prove alive).
 */
export function openProject(dir: string, takeOverLock?: string): Promise<boolean> {
  const input = takeOverLock ? { dir, takeOverLock } : { dir };
  return opening(() => api.call('project.open', input), dir);
}

/** Opens a project from the recent list; if its folder has gone, the banner offers removal. */
export function openRecent(dir: string): Promise<boolean> {
  return opening(() => api.call('project.open', { dir }), dir, 'recent');
}

/** Takes a project off the recent list (the entry only: main never touches its files). */
export async function forgetRecent(dir: string): Promise<boolean> {
  try {
    const { projects } = await api.call('project.forgetRecent', { dir });
    const { failure } = startStore.get();
    patch({ recent: projects, failure: failure?.dir === dir ? null : failure });
    return true;
  } catch (error) {
    fail(error, dir, 'other');
    return false;
  }
}

/** Creates a project in a new or empty folder and opens it. */
export function createProject(input: OpInput<'project.create'>): Promise<boolean> {
  return opening(() => api.call('project.create', input), input.dir);
}

/** Imports another tool's project (.qdpx) into a new folder and opens it. */
export function importProject(input: OpInput<'project.importRefi'>): Promise<boolean> {
  return opening(() => api.call('project.importRefi', input), input.dir);
}

/** Replaces a damaged project file by one of its backups and opens the project. */
export function restoreBackup(dir: string, backup: string): Promise<boolean> {
  return opening(() => api.call('project.restoreBackup', { dir, backup }), dir);
}

/**
 * Closes the open project (main writes its snapshot) and returns to the start screen. Typed text
 * goes to disk first; text that cannot (a blank required field, a failed save) is asked about.
 */
export async function closeProject(): Promise<boolean> {
  if (!(await mayLeaveProject('close'))) return false;
  try {
    await api.call('project.close', {});
  } catch (error) {
    fail(error, null, 'other');
  }
  clearProject();
  await refreshRecent();
  return true;
}

/** Reloads the list of recent projects. */
export async function refreshRecent(): Promise<void> {
  try {
    const { projects } = await api.call('project.recent', {});
    patch({ recent: projects });
  } catch {
    // The list is a convenience; the start screen still works without it.
  }
}

/** Asks for a folder natively: its path, null when cancelled, 'unsupported' in the browser. */
export async function chooseFolder(
  purpose: 'open' | 'create',
): Promise<string | null | 'unsupported'> {
  try {
    const answer = await api.call('dialog.chooseFolder', { purpose });
    if ('unsupported' in answer) {
      patch({ host: 'web' });
      return 'unsupported';
    }
    return answer.canceled ? null : answer.path;
  } catch (error) {
    fail(error, null, 'other');
    return null;
  }
}

/** Hides the error of the last failed opening. */
export function dismissOpenFailure(): void {
  patch({ failure: null });
}

async function opening(
  call: () => Promise<OpenedProject>,
  dir: string | null,
  kind: OpeningKind = 'other',
): Promise<boolean> {
  // Opening another project closes this one: typed text goes to disk first, or is asked about.
  if (projectStore.get().phase === 'open' && !(await mayLeaveProject('open'))) return false;
  patch({ busy: true, failure: null });
  await drafts.flushAll();
  try {
    adoptProject(await call());
    resetUi();
    resetRetrieval();
    return true;
  } catch (error) {
    // Main closes the previous project before opening another, so nothing is open now.
    clearProject();
    fail(error, dir, kind);
    void refreshRecent();
    return false;
  } finally {
    patch({ busy: false });
  }
}

/** Shows why something failed; main names the folder of a demo copy that would not open. */
function fail(error: unknown, dir: string | null, kind: OpeningKind): void {
  const data = errorDataOf(error);
  const named = typeof data.params.dir === 'string' ? data.params.dir : null;
  patch({ failure: { error: data, dir: dir ?? named, kind } });
}

function patch(change: Partial<StartState>): void {
  startStore.update((state) => ({ ...state, ...change }));
}

/** The start screen's state in React. */
export function useStartState(): StartState {
  return useObservable(startStore);
}
