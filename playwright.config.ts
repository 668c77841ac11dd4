import { defineConfig } from '@playwright/test';
import type { Host } from './tests/e2e/support/fixtures';
import { electronBinary } from './tests/e2e/support/electron-binary';

if (!electronBinary()) {
  console.log(
    'Playwright project "electron": skipped, no Electron binary on this machine (it could not be downloaded). The same specs run on "web-chromium".',
  );
}

// The same specs run on two hosts: the web fallback in Debian's Chromium (always) and Electron
// (where its binary exists; elsewhere that project reports its tests as skipped, with the reason).
export default defineConfig<object, { host: Host }>({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'web-chromium', use: { host: 'web' } },
    { name: 'electron', use: { host: 'electron' } },
  ],
});
