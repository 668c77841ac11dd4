import { existsSync } from 'node:fs';

/** Debian's Chromium where present (these machines cannot download Playwright's own). */
export function systemChromium(): string | undefined {
  return ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((path) => existsSync(path));
}

/** Flags that keep a headless Chromium quiet on a machine without network or GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
