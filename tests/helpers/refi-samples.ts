import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared REFI-QDA samples beside the repository (never copied into it). */
export const refiSamplesDir = resolve(
  fileURLToPath(new URL('../..', import.meta.url)),
  '..',
  'shared',
  'refi-qda-samples',
);

/** A sample's path, or undefined where the shared folder is absent. */
export function refiSample(path: string): string | undefined {
  const file = resolve(refiSamplesDir, path);
  return existsSync(file) ? file : undefined;
}

/** The `skip` option for a test that needs a sample: the reason, said visibly. */
export function skipWithoutSample(path: string): string | false {
  return refiSample(path) ? false : `needs ${path} in ${refiSamplesDir} (absent here)`;
}
