import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  DEVHOST_API_PATH,
  DEVHOST_EVENTS_PATH,
  DEVHOST_SESSION_PATH,
  DEVHOST_TOKEN_HEADER,
} from '../../shared/bridge';
import { FyndError, toErrorData } from '../../shared/errors';
import { checkOutputFromEnv, dispatch, type Handlers } from '../handlers';
import type { HostEventSource } from '../services/events/host-event-hub';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

export interface DevhostOptions {
  handlers: Handlers;
  /** Main's events, streamed to every client of the events route. */
  events: HostEventSource;
  /** The built renderer (dist/renderer). */
  staticRoot: string;
  /**
   * The per-run secret: sent by programs in the token header, and by the browser as an HttpOnly,
   * SameSite=Strict cookie it gets by trading the launch code. Never on a command line.
   */
  token: string;
  /** Opens the browser's session once; anyone who sees it after that gets nothing. */
  launchCode: string;
  /** Called when the launch code has been spent: the launch page goes before the app opens. */
  onLaunched?: () => Promise<void>;
  port: number;
}

export interface RunningDevhost {
  server: Server;
  port: number;
  /** The launch address: trades the one-time code for the session cookie, then shows the app. */
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
  const launch = { code: options.launchCode, used: false };
  const server = createServer((request, response) => {
    handle(request, response, { ...options, streams, launch }, port).catch((error: unknown) => {
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
    url: `http://127.0.0.1:${port}${DEVHOST_SESSION_PATH}?code=${options.launchCode}`,
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

/** The options plus the event streams now open (ended when the server closes) and the launch. */
type ServerContext = DevhostOptions & {
  streams: Set<ServerResponse>;
  launch: { code: string; used: boolean };
};

/** The session cookie's name: one per port, as cookies do not tell ports apart. */
export function sessionCookieName(port: number): string {
  return `fynd-${port}`;
}

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
  const address = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  const path = address.pathname;
  if (path === DEVHOST_SESSION_PATH) {
    await startSession(address, response, options, port);
    return;
  }
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
  sendJson(response, 200, await dispatch(options.handlers, name, payload, checkOutputFromEnv()));
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

/**
 * The launch address: the first request with the right code gets the session cookie and is sent
 * on to the app; the code is then spent, so a copy read from a process list or a history opens
 * nothing.
 */
async function startSession(
  address: URL,
  response: ServerResponse,
  options: ServerContext,
  port: number,
): Promise<void> {
  const code = address.searchParams.get('code') ?? '';
  if (options.launch.used || !tokenMatches(code, options.launch.code)) {
    sendText(
      response,
      403,
      'This Fynd address has been used already. Start Fynd again (npm run web) to get a new one.',
    );
    return;
  }
  options.launch.used = true;
  await options.onLaunched?.();
  response.writeHead(303, {
    location: '/',
    'set-cookie': `${sessionCookieName(port)}=${options.token}; HttpOnly; SameSite=Strict; Path=/`,
    'cache-control': 'no-store',
  });
  response.end();
}

/**
 * The per-run token (header or session cookie) and, when the browser sends one, a loopback
 * Origin (Host is checked first).
 */
function isAuthorised(request: IncomingMessage, token: string, port: number): boolean {
  if (!isAllowedOrigin(request.headers.origin, port)) return false;
  return (
    tokenMatches(request.headers[DEVHOST_TOKEN_HEADER], token) ||
    tokenMatches(cookieValue(request.headers.cookie, sessionCookieName(port)), token)
  );
}

/** One cookie's value from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
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
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A broken % escape is the client's mistake, not the server's.
    sendText(response, 400, 'Bad request');
    return;
  }
  const relative = path === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
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
