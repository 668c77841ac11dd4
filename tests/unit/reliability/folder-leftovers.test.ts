import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../../main/cli/cli-main';
import { listBackups } from '../../../main/services/store/backups';
import { JOURNAL_FILE } from '../../../main/services/store/journal';
import { ProjectStore } from '../../../main/services/store/project-store';
import { tempDir } from '../../helpers/temp-dir';
import { addCase, projectMeta } from '../../helpers/store-fixtures';

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((done) => child.once('exit', done));
  return child.pid ?? 999_999;
}

test('a new project in a folder with a leftover journal starts clean; the old journal is kept aside and said', async () => {
  const old = await tempDir();
  const { store } = await ProjectStore.create(old, projectMeta('Gammalt'), {
    compactAfterEntries: 1e9,
    compactIdleMs: 3_600_000,
    backupEveryMs: 1e9,
    historyLimit: 50,
  });
  for (const name of ['Ånge', 'Timrå', 'Härnösand']) await addCase(store, name);
  const leftover = await readFile(join(old, JOURNAL_FILE), 'utf8');

  const dir = await tempDir();
  await writeFile(join(dir, JOURNAL_FILE), leftover);
  const created = await ProjectStore.create(dir, projectMeta('Nytt'));
  assert.equal(created.store.state.list('cases').length, 0);
  const said = created.notices.find((n) => n.key === 'notice.leftoverJournal');
  assert.ok(said, 'the user is told');
  assert.equal(await readFile(join(dir, String(said.params?.file)), 'utf8'), leftover);
  await addCase(created.store, 'Sundsvall');
  await created.store.close();
  await store.close();

  const { store: reopened } = await ProjectStore.open(dir);
  assert.deepEqual(
    reopened.state.list('cases').map((c) => c.name),
    ['Sundsvall'],
    'none of the old edits were replayed into the new project',
  );
  await reopened.close();
});

test('temporary files a crash left are removed at the next open; those of a running process are not', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, projectMeta('Städning'));
  await addCase(store, 'Kramfors');
  await store.close();
  const dead = await deadPid();
  const leftovers = [
    `.project.json.${dead}.1764590000000.tmp`,
    `.journal.jsonl.${dead}.1764590000001.tmp`,
    `fynd.lock.${dead}.0b1c2d3e-1111-4222-8333-944445555666.tmp`,
  ];
  for (const name of leftovers) await writeFile(join(dir, name), 'half a write');
  await mkdir(join(dir, 'sources'), { recursive: true });
  await writeFile(join(dir, 'sources', `.x.txt.${dead}.1764590000002.tmp`), 'half');
  const live = `.report.xlsx.${process.pid}.1764590000003.tmp`;
  await writeFile(join(dir, live), 'an export still being written');

  const { store: opened } = await ProjectStore.open(dir);
  await opened.close();
  const names = await readdir(dir);
  for (const name of leftovers) assert.ok(!names.includes(name), `${name} removed`);
  assert.ok(!(await readdir(join(dir, 'sources'))).some((n) => n.endsWith('.tmp')));
  assert.ok(names.includes(live), 'a temp file of a running process is left alone');
});

test('opening an unchanged project does not copy its snapshot again; a changed one is backed up', async () => {
  const dir = await tempDir();
  const { store } = await ProjectStore.create(dir, projectMeta('Säkerhetskopior'));
  await addCase(store, 'Ånge');
  await store.close();
  await (await ProjectStore.open(dir)).store.close();
  const first = await listBackups(dir);
  assert.equal(first.length, 1);
  for (let i = 0; i < 3; i++) await (await ProjectStore.open(dir)).store.close();
  assert.deepEqual(await listBackups(dir), first, 'three opens without edits: no new copies');
  const { store: edited } = await ProjectStore.open(dir);
  await addCase(edited, 'Sollefteå');
  await edited.close();
  await (await ProjectStore.open(dir)).store.close();
  assert.equal((await listBackups(dir)).length, 2, 'a changed project is backed up at open');
});

test('fynd demo into a folder with a leftover journal writes a clean project and says where the journal went', async () => {
  const dir = await tempDir();
  await writeFile(
    join(dir, JOURNAL_FILE),
    '{"seq":1,"at":"2026-01-01T00:00:00.000Z","kind":"edit","label":{"action":"cases.add"},"ops":[]}\n',
  );
  let err = '';
  const code = await runCli(
    ['demo', dir],
    { write: () => true },
    { write: (s: string) => (err += s) },
  );
  assert.equal(code, 0);
  assert.match(err, /journal\.jsonl\.leftover-/);
  const { store, notices } = await ProjectStore.open(dir);
  assert.deepEqual(notices, []);
  assert.ok(store.state.list('sources').length > 0);
  await store.close();
});
