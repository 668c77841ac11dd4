// The e2e tests drive Debian's Chromium where it exists; elsewhere (a fresh macOS or Linux with
// internet) they need Playwright's own Chromium, installed here once.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const system = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].some((p) => existsSync(p));
if (!system) {
  console.log("No system Chromium: installing Playwright's Chromium (needs internet, once).");
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(result.status ?? 1);
}
