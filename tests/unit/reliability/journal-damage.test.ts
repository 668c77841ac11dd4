import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../../main/cli/cli-main';
import { addEntity } from '../../../main/services/actions/entity-actions';
import { JOURNAL_FILE } from '../../../main/services/store/journal';
import { ProjectStore, SNAPSHOT_FILE } from '../../../main/services/store/project-store';
import { FyndError } from '../../../shared/errors';
import { tempDir } from '../../helpers/temp-dir';
import { projectMeta, quietStoreOptions } from '../../helpers/store-fixtures';

const options = quietStoreOptions;

const caseDraft = (name: string) => ({
  name,
  type: 'municipality' as const,
  attributes: [],
  indicators: [],
});

/** A project with ten acknowledged edits, left as a crash leaves it (journal not compacted). */
async function tenEdits(): Promise<{ dir: string; caseIds: string[] }> {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, projectMeta(), options);
  const caseIds: string[] = [];
  for (let i = 1; i <= 10; i++) {
    if (i === 6) {
      // Edit 6 points at the case edit 5 made: damage to line 5 leaves it dangling.
      await store.commit(
        { action: 'respondents.add' },
        addEntity('respondents', {
          pseudonym: 'R6',
          role: '',
          organisation: '',
          caseId: caseIds[4] ?? null,
        }),
      );
      caseIds.push('');
      continue;
    }
    const made = await store.commit(
      { action: 'cases.add' },
      addEntity('cases', caseDraft(`Fall ${i}`)),
    );
    caseIds.push(made.id ?? '');
  }
  // No close(): as if the process were killed. The same pid reopens (its own lock is stale).
  return { dir, caseIds };
}

/** Flips one character inside the JSON of a journal line, as a bad sector or a bit flip would. */
async function damageLine(dir: string, lineNumber: number): Promise<string> {
  const path = join(dir, JOURNAL_FILE);
  const lines = (await readFile(path, 'utf8')).split('\n');
  const line = lines[lineNumber - 1] ?? '';
  const at = line.indexOf('Fall');
  lines[lineNumber - 1] = `${line.slice(0, at)}Gall${line.slice(at + 4)}`;
  const damaged = lines.join('\n');
  await writeFile(path, damaged);
  return damaged;
}

test('a damaged line mid-journal loses only its own edit: later edits are replayed, the loss is reported exactly', async () => {
  const { dir } = await tenEdits();
  const damagedBytes = await damageLine(dir, 5);
  const { store, notices } = await ProjectStore.open(dir, options);
  const names = store.state.list('cases').map((c) => c.name);
  assert.deepEqual(names, [
    'Fall 1',
    'Fall 2',
    'Fall 3',
    'Fall 4',
    'Fall 7',
    'Fall 8',
    'Fall 9',
    'Fall 10',
  ]);
  assert.equal(store.state.list('respondents').length, 1, 'edit 6 was replayed too');
  const damage = notices.find((n) => n.key === 'notice.damagedJournal');
  assert.ok(damage, `notices: ${JSON.stringify(notices)}`);
  assert.equal(damage.params?.lines, '5');
  assert.equal(damage.params?.seqs, '5');
  assert.equal(damage.params?.later, 5);
  const kept = String(damage.params?.file);
  assert.equal(await readFile(join(dir, kept), 'utf8'), damagedBytes, 'the damaged bytes are kept');
  const dangling = notices.find((n) => n.key === 'notice.danglingReferences');
  assert.equal(dangling?.params?.count, 1, 'the respondent of the lost case is reported');
  assert.ok(!notices.some((n) => n.key === 'notice.droppedTail'));

  // Undo reaches back to the damage, not across it.
  for (let i = 0; i < 5; i++) await store.undo();
  await assert.rejects(
    store.undo(),
    (e: unknown) => e instanceof FyndError && e.code === 'nothingToUndo',
  );
  await store.close();

  // What was replayed is in the snapshot now; a second open reports nothing new.
  const again = await ProjectStore.open(dir, options);
  assert.ok(!again.notices.some((n) => n.key === 'notice.damagedJournal'));
  await again.store.close();
});

test('fynd check names the damaged line, the lost edit, the intact edits after it and the dangling reference', async () => {
  const { dir } = await tenEdits();
  await damageLine(dir, 5);
  let out = '';
  let err = '';
  const code = await runCli(
    ['check', dir],
    { write: (s: string) => (out += s) },
    { write: (s: string) => (err += s) },
  );
  assert.equal(code, 1, out);
  assert.match(
    err,
    /journal\.jsonl is damaged at line 5: edit 5 cannot be read; the 5 edit\(s\) after it are intact/,
  );
  assert.match(err, /respondents .*: caseId points at a missing cases/);
  // fynd check only reads: the journal is as it was.
  assert.ok(!(await readdir(dir)).some((n) => n.startsWith(`${JOURNAL_FILE}.damaged-`)));
});

test('a torn last line is still dropped quietly as never acknowledged; a journal written before checksums still opens', async () => {
  const { dir } = await tenEdits();
  const path = join(dir, JOURNAL_FILE);
  const whole = await readFile(path, 'utf8');
  await writeFile(path, whole.slice(0, -25));
  const torn = await ProjectStore.open(dir, options);
  assert.equal(torn.store.state.list('cases').length, 8, 'edits 1–5 and 7–9');
  assert.ok(torn.notices.some((n) => n.key === 'notice.droppedTail'));
  assert.ok(!torn.notices.some((n) => n.key === 'notice.damagedJournal'));
  await torn.store.close();

  // Lines as an older Fynd wrote them: the same JSON without the checksum member.
  const legacy = await tenEdits();
  const lines = (await readFile(join(legacy.dir, JOURNAL_FILE), 'utf8')).trim().split('\n');
  await writeFile(
    join(legacy.dir, JOURNAL_FILE),
    lines.map((l) => l.replace(/,"crc":"[0-9a-f]{8}"\}$/, '}')).join('\n') + '\n',
  );
  const old = await ProjectStore.open(legacy.dir, options);
  assert.equal(old.store.state.list('cases').length, 9);
  assert.deepEqual(old.notices, []);
  await old.store.close();
  const snapshot = JSON.parse(await readFile(join(legacy.dir, SNAPSHOT_FILE), 'utf8')) as {
    seq: number;
  };
  assert.equal(snapshot.seq, 10);
});
