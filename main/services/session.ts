import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mutation, OpenedProject } from '../../shared/contract';
import { FyndError } from '../../shared/errors';
import type { ProjectMeta } from '../../shared/model/entities';
import { newId } from '../../shared/model/primitives';
import { rendererShare } from '../../shared/model/held-codings';
import type { Lang } from '../../shared/i18n';
import { importedNotice, importRefiProjectFolder } from './refi/project-folder-import';
import { newestDemoCopy, writeDemoCopy } from './demo/demo-copies';
import { HostEventHub } from './events/host-event-hub';
import { RecentProjects } from './recent-projects';
import { AppUser } from './app-user';
import type { CurrentUser } from '../../shared/contract';
import { translate } from '../../shared/i18n';
import { coderFor, joinOps, renameUser, type CoderChoice } from './actions/user-actions';
import type { AcquireOptions } from './store/project-lock';
import {
  defaultStoreOptions,
  ProjectStore,
  type OpenedStore,
  type StoreOptions,
} from './store/project-store';

export interface SessionOptions {
  /** Where recent projects and demo copies live (Electron's userData, or a folder given). */
  userDataDir: string;
  host: 'electron' | 'web';
  version: string;
  locale: string;
  storeOptions?: Partial<StoreOptions>;
}

/** The project a window works on, and the ways to get one. At most one is open at a time. */
export class Session {
  private current: OpenedStore | null = null;
  readonly recent: RecentProjects;
  /** Who uses this Fynd, kept beside the recent projects. */
  readonly user: AppUser;
  private me: CurrentUser | null = null;
  /** Events for the renderer (export progress); the host forwards them to its window. */
  readonly events = new HostEventHub();

  constructor(readonly options: SessionOptions) {
    this.recent = new RecentProjects(options.userDataDir);
    this.user = new AppUser(options.userDataDir);
  }

  /** The coder new codings in the open project get (see `coderFor`). */
  coder(): CoderChoice {
    const store = this.store();
    const unnamed = translate(store.state.project.language, 'users.unnamed');
    return coderFor(store.state, this.me, unnamed);
  }

  /**
   * Sets my name. In an open project where I am a user, my user is renamed with it (an
   * undoable edit); where I am not yet, I join it.
   */
  async setUserName(name: string): Promise<{ user: CurrentUser; mutation: Mutation | null }> {
    const user = await this.user.setName(name);
    this.me = user;
    if (!this.current) return { user, mutation: null };
    const store = this.current.store;
    const mine = store.state.get('users', user.id);
    const mutation = mine
      ? await store.commit({ action: 'users.rename', subject: name }, renameUser(user.id, name))
      : await this.join(store);
    return { user, mutation };
  }

  /**
   * The current user joins the project they open, unless a user of theirs (by id or by name) is
   * there: a system edit, journaled but no undo step, so undo after opening reaches the user's
   * own last edit and never takes away the user their new codings point at.
   */
  private async join(store: ProjectStore): Promise<Mutation | null> {
    const coder = coderFor(store.state, this.me, '');
    if (!coder.joins) return null;
    try {
      return await store.commitSystem(
        { action: 'users.join', subject: coder.joins.name },
        (state) => joinOps(state, coder),
      );
    } catch {
      // A read-only folder opens all the same; a first coding would bring the user in.
      return null;
    }
  }

  private get storeOptions(): StoreOptions {
    return { ...defaultStoreOptions, ...this.options.storeOptions };
  }

  /** The open store, or a clear error when none is. */
  store(): ProjectStore {
    if (!this.current) throw new FyndError('noProjectOpen', 'No project is open.');
    return this.current.store;
  }

  opened(): OpenedProject | null {
    if (!this.current) return null;
    const { store, notices } = this.current;
    return {
      dir: store.dir,
      data: rendererShare(store.data()),
      seq: store.seq,
      history: store.historyStatus(),
      notices,
    };
  }

  async open(dir: string, access: AcquireOptions = {}): Promise<OpenedProject> {
    await this.close();
    try {
      return await this.adopt(await ProjectStore.open(dir, this.storeOptions, access));
    } catch (error) {
      throw await whenFolderGone(error, dir);
    }
  }

  /** Imports another tool's project as a new project folder and opens it. */
  async importRefi(file: string, dir: string, language: Lang): Promise<OpenedProject> {
    await this.close();
    const { report } = await importRefiProjectFolder(file, dir, language);
    const opened = await this.open(dir);
    return { ...opened, notices: [...opened.notices, importedNotice(report)] };
  }

  async restoreBackup(dir: string, backup: string): Promise<OpenedProject> {
    await this.close();
    return this.adopt(await ProjectStore.restoreBackup(dir, backup, this.storeOptions));
  }

  async create(dir: string, meta: Omit<ProjectMeta, 'id' | 'created'>): Promise<OpenedProject> {
    await this.close();
    return this.adopt(
      await ProjectStore.create(
        dir,
        { ...meta, id: newId(), created: new Date().toISOString() },
        this.storeOptions,
      ),
    );
  }

  private get demoFolder(): string {
    return join(this.options.userDataDir, 'demo');
  }

  /**
   * Opens the user's copy of the demo project (the newest in <userData>/demo/), writing one only
   * when there is none. A copy that will not open (damaged, locked) is reported with its folder,
   * never replaced: it may hold hours of the user's work.
   */
  async openDemo(): Promise<OpenedProject> {
    await this.close();
    const existing = await newestDemoCopy(this.demoFolder);
    if (!existing) return this.open(await writeDemoCopy(this.demoFolder));
    try {
      return await this.open(existing);
    } catch (error) {
      throw withDir(error, existing);
    }
  }

  /** Writes a fresh copy of the demo beside the others and opens it; older copies stay as they are. */
  async startDemoOver(): Promise<OpenedProject> {
    await this.close();
    return this.open(await writeDemoCopy(this.demoFolder));
  }

  /** The copy "Open the demo" would open, or null when none exists yet. */
  demoCopy(): Promise<string | null> {
    return newestDemoCopy(this.demoFolder);
  }

  async close(): Promise<void> {
    const current = this.current;
    this.current = null;
    await current?.store.close();
  }

  private async adopt(opened: OpenedStore): Promise<OpenedProject> {
    this.current = opened;
    this.me = await this.user.current();
    if (this.me) await this.join(opened.store);
    await this.recent.remember(opened.store.dir, opened.store.state.project.name);
    return this.opened() as OpenedProject;
  }
}

/** Names the folder in an error about it, so the user can find it (and restore a backup). */
function withDir(error: unknown, dir: string): unknown {
  if (!(error instanceof FyndError)) return error;
  return new FyndError(error.code, error.message, { ...error.params, dir }, error.choices);
}

/** "No project here" said plainly when the folder itself is gone (moved, renamed, deleted). */
async function whenFolderGone(error: unknown, dir: string): Promise<unknown> {
  if (!(error instanceof FyndError) || error.code !== 'projectNotFound') return error;
  try {
    await stat(dir);
    return error;
  } catch {
    return new FyndError('folderMissing', 'The folder does not exist.', { dir });
  }
}
