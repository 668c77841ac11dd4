import type {
  HistoryStatus,
  ImportOutcome,
  Mutation,
  OpenedProject,
  OpInput,
  OpName,
  OpOutput,
} from '../../../shared/contract';
import type { FyndErrorData } from '../../../shared/errors';
import type { MutationOpName } from '../../../shared/i18n';
import type { Notice } from '../../../shared/notices';
import type { CollectionName, ProjectView } from '../../../shared/model/project-data';
import type { Coding } from '../../../shared/model/entities';
import { uncachedCitations } from '../../../shared/model/held-codings';
import { put } from '../../../shared/model/ops';
import { ProjectState } from '../../../shared/model/project-state';
import { api, errorDataOf } from '../api/api-client';
import { drafts } from './drafts';
import { observable, useObservable } from './observable';

/**
 * The one store of the open project (the dispatcher, in GitHub Desktop's sense): views read it
 * through hooks and change it only through `run`, `undo` and `redo`. It holds a cache of the
 * project; main holds the truth and answers every edit with the ops to apply here.
 */

export type SaveStatus = 'saved' | 'saving' | { error: FyndErrorData };
export type Phase = 'starting' | 'start' | 'open';

export interface LoadedProject {
  dir: string;
  data: ProjectView;
  seq: number;
  /**
   * How many applied edits changed a coding since the project opened: the version of every
   * answer main computes from all codings. Codings fetched into the cache leave it alone, so
   * opening a transcript asks main for no count, matrix or evidence again.
   */
  codingsEdit: number;
  /** Things the user should know about this opening. */
  notices: readonly Notice[];
}

export interface ProjectStoreState {
  phase: Phase;
  project: LoadedProject | null;
  status: SaveStatus;
  history: HistoryStatus;
  /** The last failed edit in full, shown until dismissed. */
  editError: FyndErrorData | null;
}

const noHistory: HistoryStatus = { undo: null, redo: null };

export const projectStore = observable<ProjectStoreState>({
  phase: 'starting',
  project: null,
  status: 'saved',
  history: noHistory,
  editError: null,
});

let cache: ProjectState | null = null;
// Bumped whenever another project (or none) takes over: late answers for the old one are dropped.
let generation = 0;
let appliedSeq = 0;
let historySeq = 0;
let pending = 0;
let codingsEdit = 0;
// Answers can overtake each other over HTTP; ops are applied strictly in the server's order.
const waiting = new Map<number, Mutation>();

/** Makes an opened project the current one. */
export function adoptProject(opened: OpenedProject): void {
  generation++;
  cache = new ProjectState(opened.data);
  codingsEdit = 0;
  appliedSeq = opened.seq;
  historySeq = opened.seq;
  pending = 0;
  waiting.clear();
  drafts.reset();
  projectStore.set({
    phase: 'open',
    project: {
      dir: opened.dir,
      data: cache.data(),
      seq: opened.seq,
      codingsEdit: 0,
      notices: opened.notices,
    },
    status: 'saved',
    history: opened.history,
    editError: null,
  });
}

/** Forgets the current project (after closing it, or when none is open at startup). */
export function clearProject(): void {
  generation++;
  cache = null;
  pending = 0;
  waiting.clear();
  drafts.reset();
  projectStore.set({
    phase: 'start',
    project: null,
    status: 'saved',
    history: noHistory,
    editError: null,
  });
}

/**
 * Runs one edit: 'saving' while main writes it durably, then its ops applied to the cache.
 * Resolves with the mutation (its `id` names what an add created), or null when it failed; the
 * failure is then shown translated in the header and a banner.
 */
export function run<K extends MutationOpName>(
  name: K,
  input: OpInput<K>,
): Promise<Mutation | null> {
  return perform(name, input);
}

/** Merges another copy of the study as one edit; the answer carries the merge report. */
export function mergeCopy(
  input: OpInput<'project.merge'>,
): Promise<OpOutput<'project.merge'> | null> {
  return tracked(
    () => api.call('project.merge', input),
    (answer) => answer,
  );
}

/**
 * Undoes the last edit, if there is one. Typed text is saved first, so the last thing typed is
 * what undo takes back.
 */
export async function undo(): Promise<Mutation | null> {
  await drafts.flushAll();
  if (!projectStore.get().history.undo) return null;
  return perform('history.undo', {});
}

/** Redoes the last undone edit, if there is one (after typed text is saved, as for undo). */
export async function redo(): Promise<Mutation | null> {
  await drafts.flushAll();
  if (!projectStore.get().history.redo) return null;
  return perform('history.redo', {});
}

/**
 * Imports files as sources (paths in Electron, file contents in the browser). The good files
 * arrive as one undoable step whose ops are applied here like any edit; the answer says what
 * happened to each file. Null when the call as a whole failed (shown like a failed edit).
 */
export function importSources(
  name: 'sources.importFiles' | 'sources.importData',
  input: OpInput<'sources.importFiles'> | OpInput<'sources.importData'>,
): Promise<ImportOutcome | null> {
  return tracked(
    (): Promise<ImportOutcome> => api.call(name, input as never),
    (outcome) => outcome.mutation,
  );
}

/**
 * Sets my name (kept in the app's settings). In an open project my user is renamed with it, an
 * edit applied here like any other; without one it is only a setting.
 */
export function setMyName(name: string): Promise<OpOutput<'user.setName'> | null> {
  if (!cache) return api.call('user.setName', { name });
  return tracked(
    () => api.call('user.setName', { name }),
    (answer) => answer.mutation,
  );
}

/**
 * Merges a .qdc codebook into the project as one undoable step (none when every name was already
 * there), applied here like any edit. Null when it failed (shown like a failed edit).
 */
export function importCodebook(
  input: OpInput<'refi.importCodebook'>,
): Promise<OpOutput<'refi.importCodebook'> | null> {
  return tracked(
    (): Promise<OpOutput<'refi.importCodebook'>> => api.call('refi.importCodebook', input),
    (outcome) => outcome.mutation,
  );
}

/** The same from a chosen file's bytes, where the browser has no path to give. */
export function importCodebookData(
  input: OpInput<'refi.importCodebookData'>,
): Promise<OpOutput<'refi.importCodebookData'> | null> {
  return tracked(
    (): Promise<OpOutput<'refi.importCodebookData'>> => api.call('refi.importCodebookData', input),
    (outcome) => outcome.mutation,
  );
}

/** Hides the notices shown after opening. */
export function dismissNotices(): void {
  const { project } = projectStore.get();
  if (project && project.notices.length > 0) patch({ project: { ...project, notices: [] } });
}

/** Hides the banner of the last failed edit. */
export function dismissEditError(): void {
  patch({ editError: null });
}

function perform(
  name: MutationOpName | 'history.undo' | 'history.redo',
  input: OpInput<OpName>,
): Promise<Mutation | null> {
  return tracked(
    (): Promise<Mutation> => api.call(name, input as never),
    (mutation) => mutation,
  );
}

/** Runs a call that may change the project, applying the mutation its answer carries. */
async function tracked<T>(
  call: () => Promise<T>,
  mutationOf: (answer: T) => Mutation | null,
): Promise<T | null> {
  if (!cache) return null;
  const started = generation;
  pending++;
  patch({ status: 'saving' });
  try {
    const answer = await call();
    if (started !== generation) return null;
    pending--;
    const mutation = mutationOf(answer);
    if (mutation) accept(mutation);
    else if (pending === 0) flushWaiting();
    if (pending === 0) patch({ status: 'saved' });
    return answer;
  } catch (error) {
    if (started !== generation) return null;
    pending--;
    const data = errorDataOf(error);
    // Nothing changed on disk: main reverts a failed edit. Later answers may still arrive.
    if (pending === 0) flushWaiting();
    patch({ status: { error: data }, editError: data });
    return null;
  }
}

function accept(mutation: Mutation): void {
  if (mutation.seq >= historySeq) {
    historySeq = mutation.seq;
    patch({ history: mutation.history });
  }
  if (mutation.ops.length === 0 || mutation.seq <= appliedSeq) return;
  waiting.set(mutation.seq, mutation);
  let next = waiting.get(appliedSeq + 1);
  while (next) {
    waiting.delete(next.seq);
    applyOps(next);
    next = waiting.get(appliedSeq + 1);
  }
  if (pending === 0) flushWaiting();
  publishData();
}

/** With nothing in flight, a gap can never fill: apply what is left, in order. */
function flushWaiting(): void {
  const rest = [...waiting.values()].sort((a, b) => a.seq - b.seq);
  waiting.clear();
  for (const mutation of rest) applyOps(mutation);
  if (rest.length > 0) publishData();
}

function applyOps(mutation: Mutation): void {
  cache?.apply(mutation.ops);
  if (mutation.ops.some((op) => op.op !== 'meta' && op.coll === 'codings')) codingsEdit++;
  appliedSeq = Math.max(appliedSeq, mutation.seq);
  const missing = cache ? uncachedCitations(mutation.ops, cache) : [];
  if (missing.length > 0) void holdCodingsById(missing);
}

/**
 * Fetches codings a finding now cites (a quote just cited, a finding undeleted) that the cache
 * lacks: the cache holds every cited coding (shared/model/held-codings.ts).
 */
async function holdCodingsById(ids: string[]): Promise<void> {
  const started = generation;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const answer = await api.call('codings.byIds', { ids });
      if (started !== generation || holdCodings(answer.codings, answer.seq, started)) return;
    } catch {
      return; // The finding shows without that quote until the next edit; nothing is lost.
    }
  }
}

/** Where the cache stands: which project (its generation) and the last edit applied to it. */
export function cacheMoment(): { generation: number; seq: number } | null {
  return cache ? { generation, seq: appliedSeq } : null;
}

/**
 * Puts codings main answered (taken at edit `seq`) into the cache. False when the answer is out
 * of date (another project took over, or an edit newer than it was applied here): ask again.
 * An answer newer than the cache is fine: the edits in between arrive as ops that put and
 * delete the same codings, so applying them after it ends in the same state.
 */
export function holdCodings(codings: readonly Coding[], seq: number, from: number): boolean {
  if (!cache || from !== generation || seq < appliedSeq) return false;
  cache.apply(codings.map((value) => put('codings', value)));
  publishData();
  return true;
}

function publishData(): void {
  const { project } = projectStore.get();
  if (!cache || !project) return;
  patch({ project: { ...project, data: cache.data(), seq: appliedSeq, codingsEdit } });
  // Kept drafts of what was just deleted have nowhere to go.
  drafts.prune();
}

function patch(change: Partial<ProjectStoreState>): void {
  projectStore.update((state) => ({ ...state, ...change }));
}

/** The whole store state, for components that need several parts. */
export function useProjectStore(): ProjectStoreState {
  return useObservable(projectStore);
}

/**
 * The open project's data as it is now, for work that runs after the render it came from (a
 * draft saved after a pause must build on the latest response, not the one it was typed over).
 */
export function currentData(): ProjectView | null {
  return projectStore.get().project?.data ?? null;
}

/** Whether an entity is still in the open project (a kept draft of a deleted one is dropped). */
export function stillExists(collection: CollectionName, id: string): boolean {
  const items: readonly { id: string }[] = currentData()?.[collection] ?? [];
  return items.some((item) => item.id === id);
}

/** The open project's data; only call below the main window (a project is open there). */
export function useProjectData(): ProjectView {
  const { project } = useObservable(projectStore);
  if (!project) throw new Error('useProjectData needs an open project.');
  return project.data;
}

/** The open project's count of edits that changed a coding (see `LoadedProject.codingsEdit`). */
export function useCodingsEdit(): number {
  const { project } = useObservable(projectStore);
  return project?.codingsEdit ?? 0;
}
