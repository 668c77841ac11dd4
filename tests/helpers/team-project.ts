import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { buildDemoProject } from '../../main/services/demo/build-demo-project';
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
  for (const coding of data.codings) coding.coder = 'Ada';
  const shared = data.sources.slice(0, 3).map((s) => s.id);
  const again = data.codings
    .filter((c) => shared.includes(c.sourceId))
    .map((c) => ({ ...c, id: randomUUID(), coder: 'Bo', start: c.start + 2, end: c.end - 2 }));
  const first = again[0];
  assert.ok(first);
  data.codings.push(...again);
  const dir = join(parent ?? (await tempDir()), 'team.fynd');
  await writeProjectFolder(dir, built);
  return { dir, themeName: data.themes.find((t) => t.id === first.themeIds[0])?.name ?? '' };
}
