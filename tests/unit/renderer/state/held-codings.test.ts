import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dispatch } from '../../../../main/handlers';
import type { Envelope } from '../../../../shared/contract';
import { testSession } from '../../../helpers/session';

// The renderer's api client keeps the first bridge it finds: one bridge, whose session each test sets.
let current: Awaited<ReturnType<typeof testSession>> | null = null;
const held: (() => void)[] = [];
let holding = false;
const bridge = {
  async invoke(name: string, payload: unknown): Promise<Envelope> {
    if (!current) throw new Error('No test session.');
    const answer = await dispatch(current.handlers, name, payload);
    if (holding && name === 'codings.ofSources') await new Promise<void>((go) => held.push(go));
    return answer;
  },
  onMenuCommand: () => () => undefined,
  onHostEvent: () => () => undefined,
};
Object.assign(globalThis, { window: { fynd: bridge } });

/**
 * The renderer's store against the real handler table, with the answers of codings.ofSources
 * held back on request: an edit can then overtake an answer, as it can over HTTP.
 */
async function storeOnHandlers() {
  const t = await testSession();
  current = t;
  const store = await import('../../../../renderer/src/state/project-store');
  const codings = await import('../../../../renderer/src/state/source-codings');
  return {
    t,
    store,
    codings,
    hold: (on: boolean) => (holding = on),
    release: () => held.splice(0).forEach((go) => go()),
  };
}

test('an answer taken before an edit never brings back what the edit deleted; the source’s codings arrive whole', async () => {
  const { t, store, codings, hold, release } = await storeOnHandlers();
  const opened = await t.call('project.openDemo', {});
  store.adoptProject(opened);
  const source = opened.data.sources.find((s) =>
    t.session
      .store()
      .state.list('codings')
      .some((c) => c.sourceId === s.id && !store.currentData()?.codings.some((h) => h.id === c.id)),
  );
  assert.ok(source, 'the demo has a source with uncited codings');
  const ofSource = () =>
    t.session
      .store()
      .state.list('codings')
      .filter((c) => c.sourceId === source.id)
      .map((c) => c.id)
      .sort();
  const victim = ofSource()[0];
  assert.ok(victim);

  hold(true);
  const loading = codings.holdSourceCodings([source.id]);
  // The first answer is taken now, with the victim in it, and held back.
  await new Promise((done) => setImmediate(done));
  hold(false);
  assert.ok(await store.run('codings.delete', { id: victim }));
  release();
  await loading;

  const cached = (store.currentData()?.codings ?? [])
    .filter((c) => c.sourceId === source.id)
    .map((c) => c.id)
    .sort();
  assert.ok(!cached.includes(victim), 'the deleted coding stays deleted');
  assert.deepEqual(cached, ofSource());
  store.clearProject();
  await t.session.close();
});

test('a quote a finding now cites is fetched into the cache, so its quote list and evidence can show it', async () => {
  const { t, store } = await storeOnHandlers();
  const opened = await t.call('project.openDemo', {});
  store.adoptProject(opened);
  const held = new Set(opened.data.codings.map((c) => c.id));
  const uncited = t.session
    .store()
    .state.list('codings')
    .find((c) => !held.has(c.id));
  const finding = opened.data.findings[0];
  assert.ok(uncited && finding);
  const arrived = new Promise<void>((done) => {
    const stop = store.projectStore.subscribe(() => {
      if (store.currentData()?.codings.some((c) => c.id === uncited.id)) {
        stop();
        done();
      }
    });
  });
  const codingIds = [...finding.codingIds, uncited.id];
  assert.ok(await store.run('findings.update', { id: finding.id, patch: { codingIds } }));
  await arrived;
  assert.deepEqual(
    store.currentData()?.codings.find((c) => c.id === uncited.id),
    t.session.store().state.get('codings', uncited.id),
  );
  store.clearProject();
  await t.session.close();
});
