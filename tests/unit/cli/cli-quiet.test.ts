import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { BUILT_CLI, builtCliExists } from '../../helpers/cli-process';
import { tempDir } from '../../helpers/temp-dir';

/** The built `fynd` as a user's terminal runs it: Node's own warnings switched on. */
function fynd(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.NODE_NO_WARNINGS;
  delete env.NODE_OPTIONS;
  return new Promise((done) => {
    execFile(process.execPath, [BUILT_CLI, ...args], { env }, (error, stdout, stderr) => {
      done({ code: error ? 1 : 0, stdout, stderr });
    });
  });
}

test('a clean fynd report, sheets, info and check write nothing on stderr', async (t) => {
  if (!builtCliExists()) {
    t.skip('needs the built app (npm run build)');
    return;
  }
  const root = await tempDir();
  const dir = join(root, 'demo.fynd');
  const xlsx = join(root, 'rapport.xlsx');
  assert.deepEqual(await fynd('demo', dir), {
    code: 0,
    stdout: `Wrote the demo project to ${dir}\n`,
    stderr: '',
  });
  // Before: Node's "DeprecationWarning: Buffer() is deprecated" from the zip library, each time.
  assert.deepEqual(await fynd('report', dir, '--out', xlsx), {
    code: 0,
    stdout: `Wrote ${xlsx}: 11 sheets, 215 rows, pseudonymised.\n`,
    stderr: '',
  });
  for (const args of [
    ['sheets', dir, '--out', join(root, 'blad.html')],
    ['info', dir],
    ['check', dir],
  ]) {
    const run = await fynd(...args);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '', `fynd ${args[0]} wrote on stderr`);
  }
});
