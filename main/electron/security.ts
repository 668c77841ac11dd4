import type { Session as ElectronSession, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

/*
 * Every guard of the shell in one place. The decisions are pure functions (unit-tested under
 * Node); the install functions wire them to Electron objects passed in. This file imports only
 * types from 'electron', so tests load it without the Electron binary; the one side effect that
 * needs Electron (shell.openExternal) is handed in by app.ts.
 */

/**
 * The renderer's Content-Security-Policy, defined once in shared/ (index.html carries it in a meta
 * tag). The response header set here is a second layer, and the only one that can carry
 * frame-ancestors.
 */
export { CONTENT_SECURITY_POLICY };

/** Opens a URL in the system browser (shell.openExternal in the app, a fake in tests). */
export type OpenExternal = (url: string) => Promise<void>;

/** Longer links are refused: nothing Fynd shows needs them, and they hide what they point at. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The normalised http(s) URL to hand to the system browser, or null when it must not leave the
 * app: any other scheme (javascript:, file:, data:, custom protocol handlers), unparsable input,
 * no host, or credentials in the URL (they disguise the real host: https://bank.se@evil.example).
 */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) {
    return null;
  }
  // Parsers silently strip control characters and spaces; refuse rather than guess.
  if (hasControlOrSpace(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Opens a link in the system browser only if it is a plain http(s) URL.
 * Returns whether it was handed on; a refused or failing link is never thrown at the caller.
 */
export async function openExternalSafely(raw: unknown, open: OpenExternal): Promise<boolean> {
  const url = safeExternalUrl(raw);
  if (url === null) return false;
  try {
    await open(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a URL is the app's own index page: a file: URL to the same path. Query and hash are
 * ignored (the renderer may route with them). Paths are compared decoded, so Node's and
 * Chromium's percent-encoding may differ; Windows drive paths are compared case-insensitively.
 */
export function isAppIndexUrl(url: unknown, appIndexUrl: string): boolean {
  if (typeof url !== 'string') return false;
  const candidate = filePathOf(url);
  const own = filePathOf(appIndexUrl);
  if (candidate === null || own === null) return false;
  if (/^\/[A-Za-z]:\//.test(own.path)) {
    return candidate.host === own.host && candidate.path.toLowerCase() === own.path.toLowerCase();
  }
  return candidate.host === own.host && candidate.path === own.path;
}

function filePathOf(raw: string): { host: string; path: string } | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'file:') return null;
    return { host: url.hostname.toLowerCase(), path: decodeURIComponent(url.pathname) };
  } catch {
    return null;
  }
}

/**
 * Whether an IPC message may be served: only the app's own page may call the handler table,
 * never another page a bug might have loaded.
 */
export function isTrustedSender(senderUrl: unknown, appIndexUrl: string): boolean {
  return isAppIndexUrl(senderUrl, appIndexUrl);
}

export interface NavigationDecision {
  /** Whether the navigation may proceed. */
  allow: boolean;
  /** A link to hand to the system browser instead, if any. */
  external: string | null;
}

/**
 * What to do when the page tries to navigate (will-navigate): stay only on the app's own index;
 * an http(s) link the user followed opens in the system browser instead.
 */
export function navigationDecision(url: string, appIndexUrl: string): NavigationDecision {
  if (isAppIndexUrl(url, appIndexUrl)) return { allow: true, external: null };
  return { allow: false, external: safeExternalUrl(url) };
}

/** What to do on a redirect (will-redirect): only to the app's own index, and never outward. */
export function redirectDecision(url: string, appIndexUrl: string): NavigationDecision {
  return { allow: isAppIndexUrl(url, appIndexUrl), external: null };
}

/** What to do with window.open / target=_blank: never a new window; http(s) goes to the browser. */
export function windowOpenDecision(url: string): NavigationDecision {
  return { allow: false, external: safeExternalUrl(url) };
}

/** Deliberately empty: a permission Fynd ever needs is added here, with the reason. */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

/**
 * Whether a permission (camera, notifications, clipboard-read, geolocation, …) is granted: never.
 * Fynd needs none; copying goes through the Edit menu's roles, not the async clipboard API.
 */
export function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}

/** Schemes a request may use: local content and DevTools only. Fynd never touches the network. */
const ALLOWED_REQUEST_SCHEMES = new Set(['file:', 'data:', 'blob:', 'devtools:']);

/** Whether the session may make a request at all (a layer below the CSP: no http, ws, ftp…). */
export function isRequestAllowed(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Response headers with our CSP in place of any the response carried (any letter case). */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

export interface GuardOptions {
  /** The file:// URL of dist/renderer/index.html, the only page allowed. */
  appIndexUrl: string;
  openExternal: OpenExternal;
}

/**
 * Installs the per-page guards on one webContents: no new windows, no navigation away from the
 * app, no webviews. app.ts applies it to every webContents that is created.
 */
export function installContentsGuards(contents: WebContents, options: GuardOptions): void {
  const handOn = (external: string | null) => {
    if (external !== null) void openExternalSafely(external, options.openExternal);
  };
  contents.setWindowOpenHandler(({ url }) => {
    handOn(windowOpenDecision(url).external);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url, options.appIndexUrl);
    if (decision.allow) return;
    event.preventDefault();
    handOn(decision.external);
  });
  contents.on('will-redirect', (event, url) => {
    if (!redirectDecision(url, options.appIndexUrl).allow) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Installs the session-wide guards: every permission denied, requests limited to local schemes,
 * and the CSP header on every response.
 */
export function installSessionGuards(session: ElectronSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isRequestAllowed(details.url) }),
  );
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }),
  );
}
