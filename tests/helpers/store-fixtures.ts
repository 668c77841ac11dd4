import { addEntity } from '../../main/services/actions/entity-actions';
import type { ProjectStore, StoreOptions } from '../../main/services/store/project-store';
import type { ProjectMeta } from '../../shared/model/entities';
import { newId } from '../../shared/model/primitives';

/** A new project's metadata. */
export function projectMeta(name = 'Testprojekt'): ProjectMeta {
  return {
    id: newId(),
    name,
    description: '',
    language: 'sv',
    evaluator: 'Utvärderare',
    created: new Date().toISOString(),
  };
}

/** Store options under which nothing is compacted or backed up unless the test says so. */
export const quietStoreOptions: StoreOptions = {
  compactAfterEntries: 1e9,
  compactIdleMs: 3_600_000,
  backupEveryMs: 1e9,
  historyLimit: 200,
};

/** Commits "add a case" straight to the store, as the handler would. */
export function addCase(store: ProjectStore, name: string) {
  return store.commit(
    { action: 'cases.add', subject: name },
    addEntity('cases', { name, type: 'municipality', attributes: [], indicators: [] }),
  );
}
