import type { ProjectMeta } from './entities';
import type { Op } from './ops';
import {
  collectionNames,
  type CollectionName,
  type EntityOf,
  type ProjectData,
} from './project-data';

interface Keyed {
  id: string;
}

export interface ProjectStateOptions {
  /**
   * Whether applying ops replaces the touched arrays (copy on first write in a batch), so the
   * renderer can hand them to React as new values. Off, arrays change in place and `data()`
   * copies only what changed since it last ran: an edit of a 50,000-coding project then costs
   * the same as one of a small project.
   */
  copyOnWrite: boolean;
}

/**
 * A project held in memory with an id index per collection, for O(1) lookups. Entities are
 * never changed in place: an update puts a new object.
 */
export class ProjectState {
  private meta: ProjectMeta;
  private readonly items = new Map<CollectionName, Keyed[]>();
  private readonly indexes = new Map<CollectionName, Map<string, number>>();
  private readonly copyOnWrite: boolean;
  /** Without copy on write: the arrays `data()` last handed out, kept while unchanged. */
  private readonly handedOut = new Map<CollectionName, Keyed[]>();

  constructor(data: ProjectData, options: ProjectStateOptions = { copyOnWrite: true }) {
    this.meta = data.project;
    this.copyOnWrite = options.copyOnWrite;
    for (const coll of collectionNames) {
      this.items.set(coll, this.copyOnWrite ? data[coll] : data[coll].slice());
      this.indexes.set(coll, indexOf(data[coll]));
    }
  }

  /**
   * The data of this moment: arrays later edits leave alone, so a caller may hold them across
   * awaits (an export, the snapshot being written). Callers must treat them as read-only.
   */
  data(): ProjectData {
    const data = { project: this.meta } as Record<string, unknown>;
    for (const coll of collectionNames) {
      const live = this.items.get(coll) ?? [];
      if (this.copyOnWrite) {
        data[coll] = live;
        continue;
      }
      let copy = this.handedOut.get(coll);
      if (!copy) {
        copy = live.slice();
        this.handedOut.set(coll, copy);
      }
      data[coll] = copy;
    }
    return data as ProjectData;
  }

  get project(): ProjectMeta {
    return this.meta;
  }

  /** The live list: read it at once; across an await, use `data()`. */
  list<C extends CollectionName>(coll: C): readonly EntityOf<C>[] {
    return this.items.get(coll) as EntityOf<C>[];
  }

  get<C extends CollectionName>(coll: C, id: string): EntityOf<C> | undefined {
    const at = this.indexes.get(coll)?.get(id);
    return at === undefined ? undefined : (this.items.get(coll)?.[at] as EntityOf<C>);
  }

  has(coll: CollectionName, id: string): boolean {
    return this.indexes.get(coll)?.has(id) ?? false;
  }

  /**
   * Applies ops in order and returns the ops that undo them (already in reverse order).
   * An op on a missing entity (delete of an unknown id) is a no-op with no inverse.
   */
  apply(ops: readonly Op[]): Op[] {
    const copied = new Set<CollectionName>();
    const writable = (coll: CollectionName): Keyed[] => {
      if (!copied.has(coll)) {
        if (this.copyOnWrite) this.items.set(coll, (this.items.get(coll) ?? []).slice());
        else this.handedOut.delete(coll);
        copied.add(coll);
      }
      return this.items.get(coll) ?? [];
    };
    const inverse: Op[] = [];
    for (const op of ops) {
      if (op.op === 'meta') {
        inverse.push({ op: 'meta', value: this.meta });
        this.meta = op.value;
        continue;
      }
      const index = this.indexes.get(op.coll) ?? new Map<string, number>();
      if (op.op === 'put') {
        const list = writable(op.coll);
        const existing = index.get(op.value.id);
        if (existing !== undefined) {
          inverse.push({ op: 'put', coll: op.coll, value: list[existing] } as Op);
          list[existing] = op.value;
        } else {
          const at = op.at === undefined ? list.length : Math.min(op.at, list.length);
          list.splice(at, 0, op.value);
          reindexFrom(index, list, at);
          inverse.push({ op: 'del', coll: op.coll, id: op.value.id });
        }
      } else {
        const at = index.get(op.id);
        if (at === undefined) continue;
        const list = writable(op.coll);
        const [removed] = list.splice(at, 1);
        index.delete(op.id);
        reindexFrom(index, list, at);
        inverse.push({ op: 'put', coll: op.coll, value: removed, at } as Op);
      }
    }
    return inverse.reverse();
  }
}

function indexOf(list: readonly Keyed[]): Map<string, number> {
  const index = new Map<string, number>();
  list.forEach((item, i) => index.set(item.id, i));
  return index;
}

function reindexFrom(index: Map<string, number>, list: readonly Keyed[], from: number): void {
  for (let i = from; i < list.length; i++) {
    const item = list[i];
    if (item) index.set(item.id, i);
  }
}
