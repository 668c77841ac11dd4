import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../main/cli/cli-main';
import { addEntity } from '../../../main/services/actions/entity-actions';
import { LOCK_FILE } from '../../../main/services/store/project-lock';
import { processStartMark } from '../../../main/services/store/process-identity';
import { ProjectStore } from '../../../main/services/store/project-store';
import { SOURCES_FOLDER } from '../../../main/services/store/source-texts';
import { FyndError } from '../../../shared/errors';
import { builtCliExists, runCliProcess } from '../../helpers/cli-process';
import { tempDir } from '../../helpers/temp-dir';
import { projectMeta } from '../../helpers/store-fixtures';

/** A pid that ran and has ended: nobody holds a lock with it. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((done) => child.once('exit', done));
  return child.pid ?? 999_999;
}

/** A process that runs until killed (an unrelated program that may have reused a pid). */
function sleeper() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
  return {
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGKILL');
      await new Promise((done) => child.once('exit', done));
    },
  };
}

const null_ = () => null;

async function expectCode(promise: Promise<unknown>, code: string): Promise<FyndError> {
  const error = await promise.then(null_, (e: unknown) => e);
  assert.ok(error instanceof FyndError, `expected ${code}, got ${String(error)}`);
  assert.equal(error.code, code);
  return error;
}

test('two imports racing for a stale lock: each one that says it imported is in the project, and no text is orphaned', async (t) => {
  if (!builtCliExists()) {
    t.skip('needs the built command line (npm run build)');
    return;
  }
  const root = await tempDir();
  const files = await Promise.all(
    ['A', 'B'].map(async (name) => {
      const path = join(root, `Intervju ${name}.txt`);
      await writeFile(path, `Intervju ${name}: samverkan över kommungränser.\n`);
      return path;
    }),
  );
  let successes = 0;
  let refusals = 0;
  for (let round = 0; round < 8; round++) {
    const dir = join(root, `race-${round}.fynd`);
    const { store } = await ProjectStore.create(dir, projectMeta());
    await store.close();
    const stale = { pid: await deadPid(), host: hostname(), since: new Date().toISOString() };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(stale));
    const runs = await Promise.all(files.map((file) => runCliProcess(['import', dir, file])));
    const info = await runCliProcess(['info', dir]);
    const sources = (JSON.parse(info.stdout) as { sources: number }).sources;
    const said = runs.filter((r) => r.code === 0).length;
    for (const run of runs.filter((r) => r.code !== 0)) {
      assert.match(run.stderr, /open in another Fynd window|öppet i ett annat Fynd-fönster/);
    }
    assert.equal(sources, said, `round ${round}: ${said} said imported, ${sources} in the project`);
    const texts = await readdir(join(dir, SOURCES_FOLDER)).catch(() => []);
    assert.equal(texts.length, sources, `round ${round}: no orphaned text in sources/`);
    successes += said;
    refusals += runs.length - said;
  }
  assert.ok(successes >= 8, 'at least one import per round got through');
  console.log(`lock race: 8 rounds, ${successes} imports kept, ${refusals} refused, 0 lost`);
});

test('a lock whose pid now belongs to an unrelated process is stale; a live Fynd lock is refused with who holds it', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, projectMeta());
  await store.close();
  const other = sleeper();
  try {
    const mark = processStartMark(other.pid);
    if (mark) {
      // Same pid, different start: the pid was reused after the Fynd that held it ended.
      await writeFile(
        join(dir, LOCK_FILE),
        JSON.stringify({
          pid: other.pid,
          host: hostname(),
          since: '2026-01-01T10:00:00.000Z',
          started: `${mark}0`,
        }),
      );
      const { store: opened } = await ProjectStore.open(dir);
      await opened.close();
      // Same pid and start: the holder is alive, and the user is told who it is.
      await writeFile(
        join(dir, LOCK_FILE),
        JSON.stringify({
          pid: other.pid,
          host: hostname(),
          since: '2026-01-01T10:00:00.000Z',
          started: mark,
        }),
      );
      const error = await expectCode(ProjectStore.open(dir), 'projectLocked');
      assert.equal(error.params.pid, other.pid);
      assert.equal(error.params.verdict, 'live');
      assert.equal(error.choices, undefined, 'a proven live holder cannot be pushed aside');
    }
  } finally {
    await other.stop();
  }
});

test('a lock that cannot be proven live is offered for takeover; the old holder then can no longer write', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, projectMeta());
  await store.close();
  const other = sleeper();
  try {
    // An older Fynd's lock: no start mark, so a live pid cannot be told from a reused one.
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: other.pid, host: hostname(), since: '2026-01-01T10:00:00.000Z' }),
    );
    const error = await expectCode(ProjectStore.open(dir), 'projectLocked');
    assert.equal(error.params.verdict, 'unverified');
    const choice = error.choices?.[0];
    assert.ok(choice, 'the error offers the lock to take over');
    await expectCode(
      ProjectStore.open(dir, undefined, { takeOver: 'some-other-lock' }),
      'projectLocked',
    );
    const { store: mine } = await ProjectStore.open(dir, undefined, { takeOver: choice });
    const lock = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')) as { pid: number };
    assert.equal(lock.pid, process.pid);

    // The same project taken over once more (as a second window would): the first one stops writing.
    const { store: second } = await ProjectStore.open(dir);
    await expectCode(
      mine.commit(
        { action: 'cases.add' },
        addEntity('cases', { name: 'Sent', type: 'municipality', attributes: [], indicators: [] }),
      ),
      'projectTakenOver',
    );
    await mine.close();
    await second.commit(
      { action: 'cases.add' },
      addEntity('cases', { name: 'Kvar', type: 'municipality', attributes: [], indicators: [] }),
    );
    await second.close();
    const { store: again } = await ProjectStore.open(dir);
    assert.deepEqual(
      again.state.list('cases').map((c) => c.name),
      ['Kvar'],
    );
    await again.close();
  } finally {
    await other.stop();
  }
});

test('fynd info and check read a project another Fynd has open, and say so', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, projectMeta());
  await store.commit(
    { action: 'cases.add' },
    addEntity('cases', { name: 'Timrå', type: 'municipality', attributes: [], indicators: [] }),
  );
  await store.close();
  const other = sleeper();
  try {
    const mark = processStartMark(other.pid);
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({
        pid: other.pid,
        host: hostname(),
        since: new Date().toISOString(),
        ...(mark ? { started: mark } : {}),
      }),
    );
    let out = '';
    let err = '';
    const code = await runCli(
      ['info', dir],
      { write: (s: string) => (out += s) },
      { write: (s: string) => (err += s) },
    );
    assert.equal(code, 0);
    assert.equal((JSON.parse(out) as { cases: number }).cases, 1);
    assert.match(err, /open in Fynd/);
  } finally {
    await other.stop();
  }
});
