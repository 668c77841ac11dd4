import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minVersion, satisfies } from 'semver';

/*
 * `npm ci` warns "EBADENGINE" for each installed package whose engines exclude the running Node.
 * The lock file records every package's engines, so this checks, without a network, that all of
 * them allow the oldest Node package.json (and the README) promise, and the Node running here.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

test('every locked package allows the Node that package.json promises: npm ci warns of no engine', async () => {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    engines: { node: string };
  };
  const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockedPackage>;
  };
  const oldest = minVersion(manifest.engines.node)?.version ?? '';
  assert.equal(oldest, '20.19.0', 'the README says Node 20.19 or newer');
  const refused: string[] = [];
  for (const [path, locked] of Object.entries(lock.packages)) {
    const wanted = Array.isArray(locked.engines) ? undefined : locked.engines?.node;
    if (!path || !wanted) continue;
    for (const node of [oldest, process.version]) {
      if (!satisfies(node, wanted))
        refused.push(`${path}@${locked.version}: node ${wanted} (${node})`);
    }
  }
  assert.deepEqual(refused, []);
});
