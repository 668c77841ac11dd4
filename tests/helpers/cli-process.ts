import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The built command line (dist/main/cli.mjs, made by `npm run build`). */
export const BUILT_CLI = resolve('dist/main/cli.mjs');

/** Whether the built command line exists (`npm test` builds before the unit tests). */
export function builtCliExists(): boolean {
  return existsSync(BUILT_CLI);
}

/** Runs `fynd …` as its own process, as a user in a terminal would, and waits for it. */
export function runCliProcess(
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BUILT_CLI, ...args], (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}
