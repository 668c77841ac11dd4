import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { buildDemoProject } from '../../main/services/demo/build-demo-project';
import { demoSpec } from '../../main/services/demo/demo-content';
import { writeProjectFolder } from '../../main/services/store/project-folder-writer';
import { tempDir } from './temp-dir';

/**
 * The demo coded by Ada, with a second coder, Bo, who coded the first three interviews again:
 * the same passages, each two characters shorter at both ends (so still in the same sentences).
 * Written under `parent` (a new temporary folder by default); returns the folder and the name of
 * a theme both coded.
 */
export async function writeDoubleCodedDemo(
  parent?: string,
): Promise<{ dir: string; themeName: string }> {
  const built = buildDemoProject();
  const { data } = built.file;
  const ada = { id: randomUUID(), name: 'Ada' };
  const colleague = colleagueOf(data);
  const bo = { id: randomUUID(), name: 'Bo' };
  // The demo's own double coding is set aside: Ada coded everything, Bo the first three.
  data.codings = data.codings.filter((c) => c.coderId !== colleague);
  data.users = [ada, bo];
  for (const coding of data.codings) coding.coderId = ada.id;
  const shared = data.sources.slice(0, 3).map((s) => s.id);
  const again = data.codings
    .filter((c) => shared.includes(c.sourceId))
    .map((c) => ({ ...c, id: randomUUID(), coderId: bo.id, start: c.start + 2, end: c.end - 2 }));
  const first = again[0];
  assert.ok(first);
  data.codings.push(...again);
  const dir = join(parent ?? (await tempDir()), 'team.fynd');
  await writeProjectFolder(dir, built);
  return { dir, themeName: data.themes.find((t) => t.id === first.themeIds[0])?.name ?? '' };
}

/** The demo coded by one coder only (its colleague's double coding left out). */
export async function writeSoloDemo(name = 'Ada', parent?: string): Promise<string> {
  const built = buildDemoProject();
  const { data } = built.file;
  const only = { id: randomUUID(), name };
  const colleague = colleagueOf(data);
  data.users = [only];
  data.codings = data.codings.filter((c) => c.coderId !== colleague);
  for (const coding of data.codings) coding.coderId = only.id;
  const dir = join(parent ?? (await tempDir()), 'solo.fynd');
  await writeProjectFolder(dir, built);
  return dir;
}

/** The id of the demo's colleague, whose double coding these helpers set aside. */
function colleagueOf(data: { users: readonly { id: string; name: string }[] }): string {
  const colleague = data.users.find((u) => u.name === demoSpec.coders.colleague);
  assert.ok(colleague);
  return colleague.id;
}

/**
 * A team of three on the demo: Ada coded everything, Bo the first three interviews again (each
 * passage two characters shorter at both ends) and Cy the first two exactly as Ada did.
 */
export async function writeTeamOfThree(parent?: string): Promise<string> {
  const built = buildDemoProject();
  const { data } = built.file;
  const [ada, bo, cy] = ['Ada', 'Bo', 'Cy'].map((name) => ({ id: randomUUID(), name }));
  assert.ok(ada && bo && cy);
  const colleague = colleagueOf(data);
  data.codings = data.codings.filter((c) => c.coderId !== colleague);
  data.users = [ada, bo, cy];
  for (const coding of data.codings) coding.coderId = ada.id;
  const ids = data.sources.map((s) => s.id);
  const copies = (count: number, coderId: string, trim: number) =>
    data.codings
      .filter((c) => ids.slice(0, count).includes(c.sourceId))
      .map((c) => ({ ...c, id: randomUUID(), coderId, start: c.start + trim, end: c.end - trim }));
  data.codings.push(...copies(3, bo.id, 2), ...copies(2, cy.id, 0));
  const dir = join(parent ?? (await tempDir()), 'three.fynd');
  await writeProjectFolder(dir, built);
  return dir;
}
