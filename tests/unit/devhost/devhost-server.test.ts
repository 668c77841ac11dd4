import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { startDevhost } from '../../../main/devhost/devhost-server';
import { DEVHOST_API_PATH, DEVHOST_TOKEN_HEADER } from '../../../shared/bridge';
import { CONTENT_SECURITY_POLICY } from '../../../shared/content-security-policy';
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
  const root = join(t.root, 'renderer');
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Fynd</title>');
  await writeFile(join(t.root, 'secret.txt'), 'not for the browser');
  const running = await startDevhost({
    handlers: t.handlers,
    staticRoot: root,
    token: 'token-123',
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
  return { running, call, port: running.port };
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
  await running.close();
});
