import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { inspectProject } from '../../main/services/project-inspector';
import type { ProjectData } from '../../shared/model/project-data';
import { startDevhostProcess } from '../e2e/support/devhost-process';
import { callDevhost } from './devhost-client';

export interface SoakResult {
  kills: number;
  acknowledged: number;
  lost: number;
  invalidOpens: number;
}

type Kind = 'cases' | 'themes' | 'memos' | 'findings' | 'codings';

/** What an acknowledged edit promised: this entity exists (with this name) or does not. */
interface Expectation {
  kind: Kind;
  exists: boolean;
  label?: string;
}

/**
 * Starts the devhost on a project, sends a random stream of edits, kills the process with
 * SIGKILL at a random moment, restarts, and checks that the project opens, passes its schema
 * and holds every edit that was acknowledged before the kill. Edits still in flight at the
 * kill may land or not; their entities are left out of the check.
 */
export async function crashSoak(options: {
  kills: number;
  seed?: number;
  log?: (line: string) => void;
}): Promise<SoakResult> {
  let seed = options.seed ?? 20261127;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const root = await mkdtemp(join(tmpdir(), 'fynd-soak-'));
  const dir = join(root, 'Soak.fynd');
  const userData = join(root, 'user-data');
  const expected = new Map<string, Expectation>();
  const result: SoakResult = { kills: 0, acknowledged: 0, lost: 0, invalidOpens: 0 };
  try {
    let host = await startDevhostProcess(['--user-data', userData]);
    const created = await callDevhost(host, 'project.create', {
      dir,
      name: 'Soak',
      language: 'sv',
    });
    if (!created.ok) throw new Error(created.error.message);
    const source = await callDevhost(host, 'sources.add', {
      meta: { title: 'Intervju' },
      text: 'R: Vi samverkar bra – men ingen äger frågan om kompetensförsörjning. 🙂 '.repeat(200),
    });
    if (!source.ok) throw new Error(source.error.message);
    const sourceId = (source.value as { id: string }).id;
    const firstTheme = await callDevhost(host, 'themes.add', { name: 'Bas' });
    if (!firstTheme.ok) throw new Error(firstTheme.error.message);
    const baseTheme = (firstTheme.value as { id: string }).id;

    for (let round = 0; round < options.kills; round++) {
      const uncertain = new Set<string>();
      const inFlight = new Set<Promise<void>>();
      const known = () => [...expected].filter(([, e]) => e.exists);
      const edit = async (i: number) => {
        const choice = random(10);
        const live = known();
        if (choice < 2 && live.length > 0) {
          const [id, e] = live[random(live.length)] as [string, Expectation];
          uncertain.add(id);
          const reply = await callDevhost(host, `${e.kind}.delete`, { id });
          if (reply.ok) {
            expected.set(id, { kind: e.kind, exists: false });
            result.acknowledged++;
          }
          uncertain.delete(id);
          return;
        }
        if (choice < 3) {
          const themes = live.filter(([, e]) => e.kind === 'themes');
          if (themes.length > 0) {
            const [id] = themes[random(themes.length)] as [string, Expectation];
            const name = `Tema ${round}-${i}`;
            uncertain.add(id);
            const reply = await callDevhost(host, 'themes.update', { id, patch: { name } });
            if (reply.ok) {
              expected.set(id, { kind: 'themes', exists: true, label: name });
              result.acknowledged++;
            }
            uncertain.delete(id);
            return;
          }
        }
        const kind =
          (['cases', 'themes', 'memos', 'findings', 'codings'] as const)[random(5)] ?? 'cases';
        const label = `${kind} ${round}-${i}`;
        const payload =
          kind === 'cases'
            ? { name: label }
            : kind === 'themes'
              ? { name: label }
              : kind === 'memos'
                ? { title: label, text: 'Anteckning' }
                : kind === 'findings'
                  ? { statement: label }
                  : {
                      sourceId,
                      start: random(5000),
                      end: 5001 + random(3000),
                      themeIds: [baseTheme],
                    };
        const reply = await callDevhost(host, `${kind}.add`, payload);
        if (reply.ok) {
          const id = (reply.value as { id: string }).id;
          expected.set(id, { kind, exists: true, ...(kind === 'codings' ? {} : { label }) });
          result.acknowledged++;
        }
      };
      // A burst of edits, some concurrent, then a kill while the last ones are in flight.
      const count = 5 + random(40);
      for (let i = 0; i < count; i++) {
        const task = edit(i).catch(() => undefined);
        inFlight.add(task);
        void task.finally(() => inFlight.delete(task));
        if (random(3) === 0) await task;
      }
      await host.kill();
      await Promise.allSettled([...inFlight]);
      result.kills++;

      let data: ProjectData | null = null;
      try {
        const inspected = await inspectProject(dir);
        data = inspected.data;
        if (inspected.problems.length > 0) throw new Error(inspected.problems.join('; '));
        host = await startDevhostProcess(['--user-data', userData, '--project', dir]);
      } catch (error) {
        result.invalidOpens++;
        options.log?.(`round ${round}: the project did not open: ${String(error)}`);
        host = await startDevhostProcess(['--user-data', userData, '--project', dir]);
      }
      if (data) result.lost += countLost(data, expected, uncertain, options.log);
      // Reconcile uncertain entities with what actually landed.
      for (const id of uncertain) {
        const e = expected.get(id);
        if (e && data) expected.set(id, { kind: e.kind, exists: Boolean(find(data, e.kind, id)) });
      }
    }
    await host.stop();
    return result;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

type Labelled = { id: string; name?: string; title?: string; statement?: string };

function find(data: ProjectData, kind: Kind, id: string): Labelled | undefined {
  return (data[kind] as readonly Labelled[]).find((e) => e.id === id);
}

function countLost(
  data: ProjectData,
  expected: Map<string, Expectation>,
  uncertain: Set<string>,
  log?: (line: string) => void,
): number {
  let lost = 0;
  for (const [id, e] of expected) {
    if (uncertain.has(id)) continue;
    const found = find(data, e.kind, id);
    const label = found?.name ?? found?.title ?? found?.statement;
    const ok = e.exists ? Boolean(found) && (e.label === undefined || e.label === label) : !found;
    if (!ok) {
      lost++;
      log?.(`lost: ${e.kind} ${id} should ${e.exists ? `exist as "${e.label ?? ''}"` : 'be gone'}`);
    }
  }
  return lost;
}
