import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DEVHOST_API_PATH, DEVHOST_EVENTS_PATH, DEVHOST_TOKEN_HEADER } from '../../shared/bridge';
import { FyndError, toErrorData } from '../../shared/errors';
import { dispatch, type Handlers } from '../handlers';
import type { HostEventSource } from '../services/events/host-event-hub';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

export interface DevhostOptions {
  handlers: Handlers;
  /** Main's events, streamed to every client of the events route. */
  events: HostEventSource;
  /** The built renderer (dist/renderer). */
  staticRoot: string;
  token: string;
  port: number;
}

export interface RunningDevhost {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Bodies beyond this are refused: a 20-million-character transcript still fits. */
const MAX_BODY_BYTES = 96 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The handler table over loopback HTTP, main's event stream, and the built renderer, for Chromium
 * and the tests. Binds 127.0.0.1 only; every API call and event stream needs the per-run token, a
 * loopback Host (against DNS rebinding) and, when the browser sends one, a loopback Origin.
 */
export async function startDevhost(options: DevhostOptions): Promise<RunningDevhost> {
  let port = options.port;
  const streams = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    handle(request, response, { ...options, streams }, port).catch((error: unknown) => {
      sendJson(response, 500, { ok: false, error: toErrorData(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Open event streams never end by themselves; their sockets close with them.
        for (const stream of streams) stream.end();
      }),
  };
}

/** Whether a Host header names this host on loopback (refuses rebinding tricks). */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Whether an Origin header, when present, is this host's own page. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return (
    origin === undefined ||
    origin === `http://127.0.0.1:${port}` ||
    origin === `http://localhost:${port}`
  );
}

/** Constant-time token comparison. */
export function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The options plus the event streams now open (ended when the server closes). */
type ServerContext = DevhostOptions & { streams: Set<ServerResponse> };

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: ServerContext,
  port: number,
): Promise<void> {
  if (!isLoopbackHost(request.headers.host, port)) {
    sendText(response, 421, 'Misdirected request');
    return;
  }
  const path = new URL(request.url ?? '/', `http://127.0.0.1:${port}`).pathname;
  if (path === DEVHOST_API_PATH) {
    await handleApi(request, response, options, port);
    return;
  }
  if (path === DEVHOST_EVENTS_PATH) {
    handleEvents(request, response, options, port);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed');
    return;
  }
  await serveStatic(path, response, options.staticRoot);
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  options: ServerContext,
  port: number,
): Promise<void> {
  if (request.method !== 'POST') {
    sendText(response, 405, 'Method not allowed');
    return;
  }
  if (!isAuthorised(request, options.token, port)) return sendUnauthorised(response);
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
    sendText(response, 415, 'JSON only');
    return;
  }
  const body = await readBody(request);
  if (body === null) {
    sendText(response, 413, 'Too large');
    return;
  }
  let call: unknown;
  try {
    call = JSON.parse(body);
  } catch {
    call = null;
  }
  const { name, payload } = (typeof call === 'object' && call !== null ? call : {}) as {
    name?: unknown;
    payload?: unknown;
  };
  sendJson(response, 200, await dispatch(options.handlers, name, payload));
}

/**
 * Main's events as newline-delimited JSON, one line per event, for as long as the client stays.
 * The subscription is made before the headers go out: a client that has them hears every event
 * emitted after.
 */
function handleEvents(
  request: IncomingMessage,
  response: ServerResponse,
  options: ServerContext,
  port: number,
): void {
  if (request.method !== 'GET') {
    sendText(response, 405, 'Method not allowed');
    return;
  }
  if (!isAuthorised(request, options.token, port)) return sendUnauthorised(response);
  const unsubscribe = options.events.subscribe((event) => {
    response.write(`${JSON.stringify(event)}\n`);
  });
  options.streams.add(response);
  response.on('close', () => {
    unsubscribe();
    options.streams.delete(response);
  });
  response.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // The socket ends with the stream, so closing the server never waits on an idle one.
    connection: 'close',
  });
  response.flushHeaders();
}

/** The per-run token and, when the browser sends one, a loopback Origin (Host is checked first). */
function isAuthorised(request: IncomingMessage, token: string, port: number): boolean {
  return (
    isAllowedOrigin(request.headers.origin, port) &&
    tokenMatches(request.headers[DEVHOST_TOKEN_HEADER], token)
  );
}

function sendUnauthorised(response: ServerResponse): void {
  sendJson(response, 403, {
    ok: false,
    error: new FyndError('unauthorized', 'This call is not allowed.').toData(),
  });
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(path: string, response: ServerResponse, root: string): Promise<void> {
  const relative = path === '/' ? 'index.html' : decodeURIComponent(path).replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep)) {
    sendText(response, 404, 'Not found');
    return;
  }
  try {
    const content = await readFile(file);
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    response.end(content);
  } catch {
    sendText(response, 404, 'Not found');
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(value));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
