import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenedProject } from '../../shared/contract';
import { FyndError } from '../../shared/errors';
import type { ProjectMeta } from '../../shared/model/entities';
import { newId } from '../../shared/model/primitives';
import { buildDemoProject, writeBuiltProject } from './demo/build-demo-project';
import { HostEventHub } from './events/host-event-hub';
import { RecentProjects } from './recent-projects';
import { fileStamp } from './store/journal';
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

const DEMO_COPIES_KEPT = 3;

/** The project a window works on, and the ways to get one. At most one is open at a time. */
export class Session {
  private current: OpenedStore | null = null;
  readonly recent: RecentProjects;
  /** Events for the renderer (export progress); the host forwards them to its window. */
  readonly events = new HostEventHub();

  constructor(readonly options: SessionOptions) {
    this.recent = new RecentProjects(options.userDataDir);
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
      data: store.data(),
      seq: store.seq,
      history: store.historyStatus(),
      notices,
    };
  }

  async open(dir: string, access: AcquireOptions = {}): Promise<OpenedProject> {
    await this.close();
    return this.adopt(await ProjectStore.open(dir, this.storeOptions, access));
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

  /** Opens a fresh copy of the built-in demo project; older copies beyond a few are removed. */
  async openDemo(): Promise<OpenedProject> {
    await this.close();
    const folder = join(this.options.userDataDir, 'demo');
    await mkdir(folder, { recursive: true });
    const dir = join(folder, `Kompetenslyftet-${fileStamp()}.fynd`);
    await writeBuiltProject(dir, buildDemoProject());
    const copies = (await readdir(folder)).filter((n) => n.startsWith('Kompetenslyftet-')).sort();
    for (const old of copies.slice(0, -DEMO_COPIES_KEPT)) {
      await rm(join(folder, old), { recursive: true, force: true });
    }
    return this.open(dir);
  }

  async close(): Promise<void> {
    const current = this.current;
    this.current = null;
    await current?.store.close();
  }

  private async adopt(opened: OpenedStore): Promise<OpenedProject> {
    this.current = opened;
    await this.recent.remember(opened.store.dir, opened.store.state.project.name);
    return this.opened() as OpenedProject;
  }
}
