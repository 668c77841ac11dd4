import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crashSoak } from '../../reliability/crash-soak';

test(
  'kill -9 at random moments never loses an acknowledged edit nor leaves a project that will not open',
  { timeout: 150_000 },
  async () => {
    const log: string[] = [];
    const result = await crashSoak({ kills: 30, log: (line) => log.push(line) });
    console.log(`crash test: ${JSON.stringify(result)}`);
    assert.equal(result.kills, 30);
    assert.ok(result.acknowledged > 150, `only ${result.acknowledged} acknowledged edits`);
    assert.deepEqual(log, []);
    assert.equal(result.lost, 0);
    assert.equal(result.invalidOpens, 0);
  },
);
