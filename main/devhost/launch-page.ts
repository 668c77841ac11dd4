import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A private page that sends the browser to the launch address, and how to remove it. */
export interface LaunchPage {
  path: string;
  remove(): Promise<void>;
}

/**
 * Writes the page the browser is opened on: only this user can read it (a 0700 folder, a 0600
 * file), so the one-time launch code never appears on a command line other users can list.
 */
export async function writeLaunchPage(launchUrl: string): Promise<LaunchPage> {
  const folder = await mkdtemp(join(tmpdir(), 'fynd-launch-'));
  const path = join(folder, 'open-fynd.html');
  const escaped = launchUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  await writeFile(
    path,
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${escaped}"><title>Fynd</title><p>Fynd öppnas… / Opening Fynd…</p>\n`,
    { mode: 0o600 },
  );
  return { path, remove: () => rm(folder, { recursive: true, force: true }) };
}
