import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { startDevhost } from '../../../main/devhost/devhost-server';
import {
  DEVHOST_API_PATH,
  DEVHOST_EVENTS_PATH,
  DEVHOST_SESSION_PATH,
  DEVHOST_TOKEN_HEADER,
} from '../../../shared/bridge';
import { CONTENT_SECURITY_POLICY } from '../../../shared/content-security-policy';
import type { HostEvent } from '../../../shared/host-events';
import { watchedEvents } from '../../helpers/watched-events';
import { testSession } from '../../helpers/session';

/** A raw HTTP request, so Host and Origin can be anything a hostile page might send. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: options.method ?? 'GET',
          path: options.path,
          headers: options.headers,
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

async function host() {
  const t = await testSession();
  const events = watchedEvents(t.session.events);
  const root = join(t.root, 'renderer');
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Fynd</title>');
  await writeFile(join(t.root, 'secret.txt'), 'not for the browser');
  const running = await startDevhost({
    handlers: t.handlers,
    events,
    staticRoot: root,
    token: 'token-123',
    launchCode: 'code-456',
    port: 0,
  });
  const call = (
    headers: Record<string, string>,
    body = JSON.stringify({ name: 'app.info', payload: {} }),
  ) =>
    send(running.port, {
      method: 'POST',
      path: DEVHOST_API_PATH,
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  /** Opens the event stream; resolves with the response once its headers are in. */
  const openEvents = (headers: Record<string, string>) =>
    new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: running.port, path: DEVHOST_EVENTS_PATH, headers },
        resolve,
      );
      req.on('error', reject);
      req.end();
    });
  return { running, call, port: running.port, events, openEvents };
}

/** The body of a response, once it ends. */
function bodyOf(response: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    response.on('data', (chunk: Buffer) => (body += chunk.toString()));
    response.on('end', () => resolve(body));
  });
}

/** The next complete line a streamed response sends. */
function nextLine(response: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end >= 0) {
        response.off('data', onData);
        resolve(text.slice(0, end));
      }
    };
    response.on('data', onData);
  });
}

test('the devhost listens on 127.0.0.1 only', async () => {
  const { running } = await host();
  const address = running.server.address();
  assert.ok(address && typeof address === 'object' && address.address === '127.0.0.1');
  await running.close();
});

test('an API call needs the per-run token', async () => {
  const { running, call, port } = await host();
  const host127 = { host: `127.0.0.1:${port}` };
  assert.equal((await call(host127)).status, 403);
  assert.equal((await call({ ...host127, [DEVHOST_TOKEN_HEADER]: 'token-12' })).status, 403);
  assert.equal((await call({ ...host127, [DEVHOST_TOKEN_HEADER]: 'wrong-token' })).status, 403);
  const ok = await call({ ...host127, [DEVHOST_TOKEN_HEADER]: 'token-123' });
  assert.equal(ok.status, 200);
  assert.equal(JSON.parse(ok.body).ok, true);
  await running.close();
});

test('the launch address trades its one-time code for an HttpOnly, SameSite=Strict session cookie, once', async () => {
  const { running, call, port } = await host();
  const host127 = { host: `127.0.0.1:${port}` };
  const wrong = await send(port, {
    path: `${DEVHOST_SESSION_PATH}?code=code-45`,
    headers: host127,
  });
  assert.equal(wrong.status, 403);
  const launched = await send(port, {
    path: `${DEVHOST_SESSION_PATH}?code=code-456`,
    headers: host127,
  });
  assert.equal(launched.status, 303);
  assert.equal(launched.headers.location, '/');
  const cookie = String((launched.headers['set-cookie'] as string[] | undefined)?.[0] ?? '');
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  const pair = cookie.split(';')[0] ?? '';
  assert.equal(pair, `fynd-${port}=token-123`);
  // The code is spent: whoever read it afterwards (a process list, a history) gets nothing.
  const again = await send(port, {
    path: `${DEVHOST_SESSION_PATH}?code=code-456`,
    headers: host127,
  });
  assert.equal(again.status, 403);
  assert.equal((await call({ ...host127, cookie: pair })).status, 200);
  assert.equal((await call({ ...host127, cookie: `fynd-${port}=token-12` })).status, 403);
  assert.equal((await call({ ...host127, cookie: `fynd-${port + 1}=token-123` })).status, 403);
  assert.equal(
    (await call({ ...host127, cookie: pair, origin: 'http://evil.example' })).status,
    403,
    'a page elsewhere cannot ride on the cookie',
  );
  assert.ok(!running.url.includes('token-123'), 'the launch address never holds the token');
  await running.close();
});

test('DNS rebinding and cross-site pages are refused by Host and Origin checks', async () => {
  const { running, call, port } = await host();
  const token = { [DEVHOST_TOKEN_HEADER]: 'token-123' };
  assert.equal((await call({ ...token, host: `evil.example:${port}` })).status, 421);
  assert.equal((await call({ ...token, host: `127.0.0.1:${port + 1}` })).status, 421);
  assert.equal(
    (await call({ ...token, host: `127.0.0.1:${port}`, origin: 'http://evil.example' })).status,
    403,
  );
  assert.equal(
    (await call({ ...token, host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` }))
      .status,
    200,
  );
  assert.equal(
    (await send(port, { path: '/', headers: { host: `attacker.test:${port}` } })).status,
    421,
  );
  await running.close();
});

test('static files come only from the renderer folder, with the CSP', async () => {
  const { running, port } = await host();
  const headers = { host: `127.0.0.1:${port}` };
  const index = await send(port, { path: '/', headers });
  assert.equal(index.status, 200);
  assert.equal(index.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
    const response = await send(port, { path, headers });
    assert.notEqual(response.body, 'not for the browser', path);
  }
  // A broken % escape is the client's mistake: 400, not a server error.
  assert.equal((await send(port, { path: '/%E0%A4%A', headers })).status, 400);
  await running.close();
});

test('the event stream needs the token, a loopback Host and Origin, and GET', async () => {
  const { running, openEvents, port } = await host();
  const token = { [DEVHOST_TOKEN_HEADER]: 'token-123' };
  const host127 = { host: `127.0.0.1:${port}` };
  const refused = async (headers: Record<string, string>) => {
    const response = await openEvents(headers);
    await bodyOf(response);
    return response.statusCode;
  };
  assert.equal(await refused(host127), 403);
  assert.equal(await refused({ ...host127, [DEVHOST_TOKEN_HEADER]: 'token-124' }), 403);
  assert.equal(await refused({ ...token, host: `evil.example:${port}` }), 421);
  assert.equal(await refused({ ...token, ...host127, origin: 'http://evil.example' }), 403);
  const post = await send(port, {
    method: 'POST',
    path: DEVHOST_EVENTS_PATH,
    headers: { ...token, ...host127 },
  });
  assert.equal(post.status, 405);
  await running.close();
});

test('an open event stream hears each emitted event as a JSON line, until the client leaves', async () => {
  const { running, openEvents, events, port } = await host();
  const response = await openEvents({
    [DEVHOST_TOKEN_HEADER]: 'token-123',
    host: `127.0.0.1:${port}`,
  });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^application\/x-ndjson/);
  assert.equal(response.headers['cache-control'], 'no-store');

  const event: HostEvent = { type: 'progress', task: 'excel-1', done: 500, total: 2_000 };
  const line = nextLine(response);
  events.source.emit(event);
  assert.deepEqual(JSON.parse(await line), event);

  // The client goes away: the server lets go of its subscription.
  const released = events.nextUnsubscribe();
  response.destroy();
  await released;
  assert.equal(events.source.listenerCount, 0);
  await running.close();
});

// The timeout turns a regression (close waiting on the streams forever) into a failure.
test(
  'closing the devhost ends its open event streams instead of waiting on them',
  { timeout: 20_000 },
  async () => {
    const { running, openEvents, events, port } = await host();
    const headers = { [DEVHOST_TOKEN_HEADER]: 'token-123', host: `127.0.0.1:${port}` };
    const streams = [await openEvents(headers), await openEvents(headers)];
    assert.equal(events.source.listenerCount, 2);
    const ended = streams.map(bodyOf);
    await running.close();
    assert.deepEqual(await Promise.all(ended), ['', '']);
    assert.equal(events.source.listenerCount, 0);
  },
);
