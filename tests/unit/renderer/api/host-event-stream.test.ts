import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDevhost } from '../../../../main/devhost/devhost-server';
import { HostEventHub } from '../../../../main/services/events/host-event-hub';
import { DEVHOST_EVENTS_PATH, DEVHOST_TOKEN_HEADER } from '../../../../shared/bridge';
import type { HostEvent } from '../../../../shared/host-events';
import { createApiClient } from '../../../../renderer/src/api/api-client';
import { createHttpBridge } from '../../../../renderer/src/api/http-bridge';
import { readLines } from '../../../../renderer/src/api/host-event-stream';
import { watchedEvents } from '../../../helpers/watched-events';
import { testSession } from '../../../helpers/session';

/** Events a listener hears, with a promise for the moment it has heard `count` of them. */
function collector<T>() {
  const heard: T[] = [];
  let waiting: { count: number; resolve: () => void }[] = [];
  return {
    heard,
    listener: (event: T) => {
      heard.push(event);
      waiting = waiting.filter((w) => (heard.length >= w.count ? (w.resolve(), false) : true));
    },
    until: (count: number) =>
      new Promise<void>((resolve) => {
        if (heard.length >= count) resolve();
        else waiting.push({ count, resolve });
      }),
  };
}

test('lines are split across chunks and multi-byte characters, blank lines skipped', async () => {
  const bytes = new TextEncoder().encode('{"a":"å"}\n\n{"b":1}\n{"c":');
  const chunks = [bytes.slice(0, 7), bytes.slice(7, 12), bytes.slice(12), new Uint8Array()];
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      chunks.forEach((chunk) => controller.enqueue(chunk));
      controller.close();
    },
  });
  const lines: string[] = [];
  await readLines(body, (line) => lines.push(line));
  assert.deepEqual(lines, ['{"a":"å"}', '{"b":1}', '{"c":']);
});

test('the browser bridge hears main’s events from the devhost, validated by the API client', async () => {
  const t = await testSession();
  const events = watchedEvents(new HostEventHub());
  const subscribed = events.nextSubscribe();
  const running = await startDevhost({
    handlers: t.handlers,
    events,
    staticRoot: t.root,
    token: 'token-123',
    launchCode: 'code-456',
    port: 0,
  });
  const bridge = createHttpBridge('token-123', { origin: `http://127.0.0.1:${running.port}` });
  const client = createApiClient(bridge);
  const heard = collector<HostEvent>();
  const unsubscribe = client.onHostEvent(heard.listener);
  await subscribed;

  const event: HostEvent = { type: 'progress', task: 'excel-7', done: 12_000, total: 50_150 };
  events.source.emit(event);
  await heard.until(1);
  assert.deepEqual(heard.heard, [event]);

  const released = events.nextUnsubscribe();
  unsubscribe();
  await released;
  assert.equal(events.source.listenerCount, 0, 'the last listener closes the stream');
  await running.close();
});

test('the stream opens on the first listener, reopens when it drops, closes with the last', async () => {
  const connections: { token: unknown; response: ServerResponse; closed: Promise<void> }[] = [];
  const server = createServer((request, response) => {
    assert.equal(request.url, DEVHOST_EVENTS_PATH);
    const closed = new Promise<void>((resolve) => response.on('close', resolve));
    connections.push({ token: request.headers[DEVHOST_TOKEN_HEADER], response, closed });
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    response.write(`${JSON.stringify({ n: connections.length })}\n`);
    // The first stream drops at once; the second stays open.
    if (connections.length === 1) response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const bridge = createHttpBridge('token-123', {
    origin: `http://127.0.0.1:${port}`,
    retryDelayMs: 1,
  });
  assert.equal(connections.length, 0, 'nothing opens before someone listens');

  const heard = collector<unknown>();
  const unsubscribe = bridge.onHostEvent(heard.listener);
  await heard.until(2);
  assert.deepEqual(heard.heard, [{ n: 1 }, { n: 2 }]);
  assert.deepEqual(
    connections.map((c) => c.token),
    ['token-123', 'token-123'],
  );

  unsubscribe();
  await connections[1]?.closed;
  assert.equal(connections.length, 2, 'no reconnecting once nobody listens');
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('the API client drops events that do not pass the schema', () => {
  let send: (event: unknown) => void = () => undefined;
  const client = createApiClient({
    invoke: async () => ({ ok: true, value: null }),
    onMenuCommand: () => () => undefined,
    onHostEvent: (listener) => {
      send = listener;
      return () => undefined;
    },
  });
  const heard: HostEvent[] = [];
  client.onHostEvent((event) => heard.push(event));
  const good: HostEvent = { type: 'progress', task: 'a', done: 1, total: 2 };
  for (const bad of [
    null,
    'progress',
    { type: 'progress', task: 'a', done: 3, total: 2 },
    { type: 'progress', task: 'a', done: -1, total: 2 },
    { type: 'progress', task: '', done: 1, total: 2 },
    { type: 'shutdown' },
    { ...good, extra: true },
  ])
    send(bad);
  send(good);
  assert.deepEqual(heard, [good]);
});
