import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemoProject } from '../../../main/services/demo/build-demo-project';
import { writeExcelReport } from '../../../main/services/excel/excel-report';
import { themeTree } from '../../../shared/model/theme-tree';
import type { ProjectData } from '../../../shared/model/project-data';
import { readXlsx, sheetNamed } from '../../helpers/openpyxl';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fynd-theme-order-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** The demo with every top-level theme given the same order, listed against their names. */
function sameOrderTopLevel(): ProjectData {
  const data = structuredClone(buildDemoProject().file.data);
  for (const t of data.themes) if (t.parentId === null) t.order = 0;
  const collator = new Intl.Collator('sv');
  data.themes.sort((a, b) => collator.compare(b.name, a.name));
  return data;
}

test('the Excel codebook lists themes as the app does: siblings of equal order by name', async () => {
  const data = sameOrderTopLevel();
  const path = join(dir, 'kodbok.xlsx');
  await writeExcelReport(data, { path, language: 'sv', sheets: ['codebook'] });
  const book = await readXlsx(path, { cells: true });
  const rows = sheetNamed(book, 'Kodbok').rows ?? [];
  const paths = rows.slice(1).map((row) => row[0]?.v);
  assert.deepEqual(
    paths,
    themeTree(data.themes).map((row) => row.path),
  );
  const topLevel = data.themes.filter((t) => t.parentId === null).map((t) => t.name);
  const listed = paths.filter((p) => typeof p === 'string' && topLevel.includes(p));
  assert.deepEqual(listed, [...topLevel].sort(new Intl.Collator('sv').compare));
  assert.ok(listed.length > 2);
});
