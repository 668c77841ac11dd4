import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/**
 * Saves a screenshot for a person to look at, when FYND_SCREENSHOTS names a folder (outside the
 * repository); otherwise does nothing, so the specs never write files of their own.
 */
export async function screenshotFor(target: Page | Locator, name: string): Promise<void> {
  const folder = process.env.FYND_SCREENSHOTS;
  if (!folder) return;
  await mkdir(folder, { recursive: true });
  await target.screenshot({ path: join(folder, `${name}.png`) });
}
