import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDevhost, type RunningDevhost } from '../../../../main/devhost/devhost-server';
import { HostEventHub } from '../../../../main/services/events/host-event-hub';
import type { ConnectionChange } from '../../../../shared/bridge';
import { translateError } from '../../../../shared/i18n';
import { ApiError, createApiClient } from '../../../../renderer/src/api/api-client';
import { createHttpBridge } from '../../../../renderer/src/api/http-bridge';
import { testSession } from '../../../helpers/session';
import { watchedEvents } from '../../../helpers/watched-events';

/** Connection changes as they come, with a promise for the moment there are `count` of them. */
function changes() {
  const heard: ConnectionChange[] = [];
  let waiting: { count: number; resolve: () => void }[] = [];
  return {
    heard,
    listener: (change: ConnectionChange) => {
      heard.push(change);
      waiting = waiting.filter((w) => (heard.length >= w.count ? (w.resolve(), false) : true));
    },
    until: (count: number) =>
      new Promise<void>((resolve) => {
        if (heard.length >= count) resolve();
        else waiting.push({ count, resolve });
      }),
  };
}

/** A devhost on a fixed port that can be stopped cleanly, killed, and started again. */
async function restartableDevhost() {
  const t = await testSession();
  const events = watchedEvents(new HostEventHub());
  const start = (port: number) =>
    startDevhost({
      handlers: t.handlers,
      events,
      staticRoot: t.root,
      token: 'tok',
      launchCode: 'code',
      port,
    });
  let running: RunningDevhost = await start(0);
  const port = running.port;
  return {
    events,
    origin: `http://127.0.0.1:${port}`,
    quit: () => (running.server.listening ? running.close() : Promise.resolve()),
    /** Every connection cut at once, as when the process is killed. */
    kill: async () => {
      const closed = new Promise<void>((resolve) => running.server.close(() => resolve()));
      running.server.closeAllConnections();
      await closed;
    },
    again: async () => {
      running = await start(port);
    },
  };
}

test('a devhost that quits or is killed is noticed from the event stream at once; one that answers again too', async (t) => {
  const host = await restartableDevhost();
  const bridge = createHttpBridge('tok', { origin: host.origin, retryDelayMs: 1 });
  const seen = changes();
  const streamOpen = host.events.nextSubscribe();
  const stop = bridge.onConnectionChange?.(seen.listener);
  // A failure below must not leave the stream or the server running (the file would not end).
  t.after(async () => {
    stop?.();
    await host.quit();
  });
  assert.ok(stop, 'the browser bridge follows its connection');
  await streamOpen;
  assert.deepEqual(seen.heard, [], 'nothing to say while the host answers');

  await host.quit();
  await seen.until(1);
  assert.deepEqual(seen.heard, ['lost']);

  const reopened = host.events.nextSubscribe();
  await host.again();
  await seen.until(2);
  await reopened;
  assert.deepEqual(seen.heard, ['lost', 'restored']);
  const client = createApiClient(bridge);
  assert.equal((await client.call('app.info', {})).host, 'web');

  await host.kill();
  await seen.until(3);
  assert.deepEqual(seen.heard, ['lost', 'restored', 'lost']);
});

test('a call that finds no host fails with connectionLost, translated, never "Failed to fetch"', async (t) => {
  // A port that was just free: nothing listens there.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));

  const bridge = createHttpBridge('tok', { origin: `http://127.0.0.1:${port}`, retryDelayMs: 1 });
  const seen = changes();
  const stop = bridge.onConnectionChange?.(seen.listener);
  t.after(() => stop?.());
  const client = createApiClient(bridge);
  const failure = await client.call('cases.add', { name: 'X', type: 'municipality' }).then(
    () => assert.fail('the call cannot succeed'),
    (error: unknown) => error,
  );
  assert.ok(failure instanceof ApiError);
  assert.equal(failure.data.code, 'connectionLost');
  const sv = translateError(failure.data, 'sv');
  assert.match(sv, /Alla ändringar som visades som ”Sparat” finns på disken\./);
  assert.doesNotMatch(sv, /fetch/i);
  assert.match(translateError(failure.data, 'en'), /Every edit marked “Saved” is on disk\./);

  await seen.until(1);
  // The stream and the call both found no host: the change is told once.
  await assert.rejects(
    client.call('app.info', {}),
    (error) => error instanceof ApiError && error.data.code === 'connectionLost',
  );
  assert.deepEqual(seen.heard, ['lost']);
});

test('a bridge without a connection to lose (Electron) never reports a change', () => {
  const client = createApiClient({
    invoke: async () => ({ ok: true, value: null }),
    onMenuCommand: () => () => undefined,
    onHostEvent: () => () => undefined,
  });
  const heard: ConnectionChange[] = [];
  const stop = client.onConnectionChange((change) => heard.push(change));
  stop();
  assert.deepEqual(heard, []);
});
