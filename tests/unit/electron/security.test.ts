import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { META_CONTENT_SECURITY_POLICY } from '../../../shared/content-security-policy';
import {
  CONTENT_SECURITY_POLICY,
  isAppIndexUrl,
  isPermissionGranted,
  isRequestAllowed,
  isTrustedSender,
  navigationDecision,
  openExternalSafely,
  redirectDecision,
  safeExternalUrl,
  windowOpenDecision,
  withContentSecurityPolicy,
} from '../../../main/electron/security';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const appIndex = 'file:///opt/Fynd/resources/app.asar/dist/renderer/index.html';

test('openExternal: plain http and https links go to the browser, normalised', () => {
  assert.equal(safeExternalUrl('https://www.esf.se/'), 'https://www.esf.se/');
  assert.equal(safeExternalUrl('http://example.org/a?b=c#d'), 'http://example.org/a?b=c#d');
  assert.equal(safeExternalUrl('HTTPS://Example.ORG/Rapport'), 'https://example.org/Rapport');
  // International domain names reach the browser in their punycode form.
  assert.match(safeExternalUrl('https://rå.se/') ?? '', /^https:\/\/xn--[a-z0-9-]+\.se\/$/);
});

test('openExternal: every other scheme and every malformed URL is refused', () => {
  const hostile: unknown[] = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'javascript://%0aalert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'FILE:///C:/Windows/System32/calc.exe',
    'file://server/share/x.exe',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'vscode://file/etc/passwd',
    'ssh://host',
    'mailto:a@b.se',
    'tel:+4612345',
    'ftp://example.org/',
    'blob:https://example.org/uuid',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    '//example.org/protocol-relative',
    '/relative/path',
    'example.org',
    'https:',
    'https://',
    'http://[::1',
    'https://user:pass@example.org/',
    'https://www.bank.se@evil.example/',
    'https://user@example.org/',
    ' https://example.org/',
    'https://example.org/\n',
    'java\tscript:alert(1)',
    '\u0000https://example.org/',
    `https://example.org/${'a'.repeat(3000)}`,
    '',
    null,
    undefined,
    42,
    {},
    ['https://example.org/'],
    new URL('https://example.org/'),
  ];
  for (const input of hostile) {
    assert.equal(safeExternalUrl(input), null, `should refuse ${String(input).slice(0, 60)}`);
  }
});

test('openExternalSafely hands on only safe links and never throws', async () => {
  const opened: string[] = [];
  const open = async (url: string) => {
    opened.push(url);
  };
  assert.equal(await openExternalSafely('https://example.org/x', open), true);
  assert.equal(await openExternalSafely('javascript:alert(1)', open), false);
  assert.equal(await openExternalSafely('file:///etc/passwd', open), false);
  assert.deepEqual(opened, ['https://example.org/x']);
  const failing = async () => {
    throw new Error('no browser');
  };
  assert.equal(await openExternalSafely('https://example.org/', failing), false);
});

test('the app index: the same file, query and hash ignored', () => {
  assert.equal(isAppIndexUrl(appIndex, appIndex), true);
  assert.equal(isAppIndexUrl(`${appIndex}#/sources`, appIndex), true);
  assert.equal(isAppIndexUrl(`${appIndex}?lang=sv`, appIndex), true);
  assert.equal(
    isAppIndexUrl('FILE:///opt/Fynd/resources/app.asar/dist/renderer/index.html', appIndex),
    true,
  );
});

test('the app index: percent-encoding differences do not matter, other files do', () => {
  const own = 'file:///home/Anv%C3%A4ndare/Fynd%20app/dist/renderer/index.html';
  assert.equal(
    isAppIndexUrl('file:///home/Användare/Fynd app/dist/renderer/index.html', own),
    true,
  );
  assert.equal(
    isAppIndexUrl('file:///home/Anv%c3%a4ndare/Fynd%20app/dist/renderer/index%2Ehtml', own),
    true,
  );
  const others = [
    'file:///opt/Fynd/resources/app.asar/dist/renderer/other.html',
    'file:///opt/Fynd/resources/app.asar/dist/renderer/index.html/../../../../../etc/passwd',
    'file:///opt/Fynd/resources/app.asar/dist/renderer/%2e%2e/renderer/index.html.bak',
    'file:///opt/Fynd/resources/app.asar/dist/renderer/x%2F..%2Findex.html',
    'file:///etc/passwd',
    'file://evil-host/opt/Fynd/resources/app.asar/dist/renderer/index.html',
    'https://opt/Fynd/resources/app.asar/dist/renderer/index.html',
    'http://localhost/opt/Fynd/resources/app.asar/dist/renderer/index.html',
    'about:blank',
    'data:text/html,hi',
    'file:///opt/Fynd/resources/app.asar/dist/renderer/INDEX.html',
    'file:///opt/Fynd/resources/app.asar/dist/renderer/%ZZ',
    'not a url',
    '',
  ];
  for (const url of others) assert.equal(isAppIndexUrl(url, appIndex), false, url);
  assert.equal(isAppIndexUrl(undefined, appIndex), false);
  assert.equal(isAppIndexUrl(null, appIndex), false);
});

test('the app index on Windows: drive paths compare case-insensitively', () => {
  const own =
    'file:///C:/Users/Eva/AppData/Local/Programs/fynd/resources/app.asar/dist/renderer/index.html';
  assert.equal(
    isAppIndexUrl(
      'file:///c:/users/eva/AppData/Local/Programs/Fynd/resources/app.asar/dist/renderer/index.html',
      own,
    ),
    true,
  );
  assert.equal(
    isAppIndexUrl(
      'file:///D:/Users/Eva/AppData/Local/Programs/fynd/resources/app.asar/dist/renderer/index.html',
      own,
    ),
    false,
  );
});

test('navigation: only to the app index; followed http(s) links open in the browser', () => {
  assert.deepEqual(navigationDecision(`${appIndex}#/cases`, appIndex), {
    allow: true,
    external: null,
  });
  assert.deepEqual(navigationDecision('https://example.org/', appIndex), {
    allow: false,
    external: 'https://example.org/',
  });
  for (const url of [
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,x',
    'custom://x',
  ]) {
    assert.deepEqual(navigationDecision(url, appIndex), { allow: false, external: null }, url);
  }
});

test('redirects: only to the app index, and never handed to the browser', () => {
  assert.deepEqual(redirectDecision(appIndex, appIndex), { allow: true, external: null });
  assert.deepEqual(redirectDecision('https://example.org/', appIndex), {
    allow: false,
    external: null,
  });
  assert.deepEqual(redirectDecision('file:///etc/passwd', appIndex), {
    allow: false,
    external: null,
  });
});

test('window.open never opens a window; http(s) goes to the browser', () => {
  assert.deepEqual(windowOpenDecision('https://example.org/'), {
    allow: false,
    external: 'https://example.org/',
  });
  for (const url of [appIndex, 'about:blank', '', 'javascript:alert(1)', 'file:///etc/passwd']) {
    assert.deepEqual(windowOpenDecision(url), { allow: false, external: null }, url);
  }
});

test('every permission is denied', () => {
  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fileSystem',
    'hid',
    'serial',
    'usb',
    'window-management',
    'unknown',
    '',
    'toString',
    '__proto__',
  ];
  for (const permission of permissions)
    assert.equal(isPermissionGranted(permission), false, permission);
});

test('IPC: only the app index page is a trusted sender', () => {
  assert.equal(isTrustedSender(appIndex, appIndex), true);
  assert.equal(isTrustedSender(`${appIndex}#/analysis`, appIndex), true);
  for (const url of [
    'https://example.org/',
    'file:///tmp/evil.html',
    'about:blank',
    '',
    null,
    undefined,
  ]) {
    assert.equal(isTrustedSender(url, appIndex), false, String(url));
  }
});

test('requests: local schemes only, never the network', () => {
  for (const url of [
    appIndex,
    'data:image/png;base64,AAAA',
    'blob:file:///uuid',
    'devtools://devtools/x',
  ]) {
    assert.equal(isRequestAllowed(url), true, url);
  }
  for (const url of [
    'https://example.org/',
    'http://127.0.0.1:8080/',
    'ws://localhost/',
    'wss://example.org/',
    'ftp://example.org/',
    'chrome://gpu',
    'custom://x',
    'not a url',
  ]) {
    assert.equal(isRequestAllowed(url), false, url);
  }
});

test('CSP: the policy is strict, and the header replaces any other, whatever its case', () => {
  const directives = CONTENT_SECURITY_POLICY.split('; ');
  assert.ok(directives.includes("default-src 'self'"));
  assert.ok(directives.includes("script-src 'self'"));
  assert.ok(directives.includes("object-src 'none'"));
  assert.ok(directives.includes("frame-ancestors 'none'"));
  assert.ok(!CONTENT_SECURITY_POLICY.includes('unsafe-eval'));
  assert.ok(!/script-src[^;]*unsafe-inline/.test(CONTENT_SECURITY_POLICY));
  const headers = withContentSecurityPolicy({
    'content-security-policy': ['default-src *'],
    'CONTENT-SECURITY-POLICY': ["script-src 'unsafe-eval'"],
    'Content-Type': ['text/html'],
  });
  assert.deepEqual(headers, {
    'Content-Type': ['text/html'],
    'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
  });
  assert.deepEqual(withContentSecurityPolicy(undefined), {
    'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
  });
});

/** The policy in an index.html's CSP meta tag. */
function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  return tag ? /content=(["'])(.*?)\1/is.exec(tag)?.[2] : undefined;
}

test('CSP: the header is the meta tag of the renderer’s index.html, plus frame-ancestors', () => {
  assert.equal(
    metaPolicy(readFileSync(join(repoRoot, 'renderer', 'index.html'), 'utf8')),
    META_CONTENT_SECURITY_POLICY,
  );
  assert.equal(CONTENT_SECURITY_POLICY, `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
});

test('CSP: and of the built index.html, when there is one', (t) => {
  const built = join(repoRoot, 'dist', 'renderer', 'index.html');
  if (!existsSync(built)) {
    t.skip('dist/renderer/index.html not built');
    return;
  }
  assert.equal(metaPolicy(readFileSync(built, 'utf8')), META_CONTENT_SECURITY_POLICY);
});
