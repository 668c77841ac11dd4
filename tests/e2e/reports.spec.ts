import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readXlsx, sheetNamed } from '../helpers/openpyxl';
import { demoRealNames, goTo } from './support/conclusions';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';

/*
 * Saving outputs in the browser fallback: the report and the sheets come as downloads under
 * their own names (the browser's "save as" picks the folder and asks before overwriting); no
 * path is ever typed, and main never writes where the user did not choose.
 */

test('in the browser the Excel report downloads as "<project> – utvärderingsrapport.xlsx" and reads back in openpyxl', async ({
  app,
}) => {
  test.skip(app.host !== 'web', 'Electron saves through the native save dialog');
  const page = await app.start();
  await goTo(page, 'Rapporter');
  const report = page.getByRole('region', { name: 'Excelrapport' });
  // No field for a typed path: the browser decides where the file goes.
  await expect(report.getByRole('textbox')).toHaveCount(0);
  const downloaded = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Hämta Excelrapport' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('Kompetenslyftet – utvärderingsrapport.xlsx');
  const path = join(app.workDir, download.suggestedFilename());
  await download.saveAs(path);
  await expect(report.getByRole('status')).toContainText(
    'Rapporten hämtades som Kompetenslyftet – utvärderingsrapport.xlsx',
  );
  await expect(report.getByText(/inget skrivs över i tysthet/)).toBeVisible();
  await screenshotFor(report, 'reports-downloaded');

  const book = await readXlsx(path, { cells: true });
  expect(book.sheetNames).toContain('Citat');
  const quotes = sheetNamed(book, 'Citat');
  expect(quotes.maxRow - 1).toBe(88);
  const text = JSON.stringify(quotes.rows);
  for (const name of demoRealNames) expect(text).not.toContain(name);
});

test('in the browser the recommendation sheets download as one HTML file under their name', async ({
  app,
}) => {
  test.skip(app.host !== 'web', 'Electron prints or saves a PDF through native dialogs');
  const page = await app.start();
  await goTo(page, 'Rapporter');
  const sheets = page.getByRole('region', { name: 'Rekommendationsblad' });
  const downloaded = page.waitForEvent('download');
  await sheets.getByRole('button', { name: 'Hämta bladen (HTML)' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('Kompetenslyftet – rekommendationsblad.html');
  const path = join(app.workDir, download.suggestedFilename());
  await download.saveAs(path);
  const html = await readFile(path, 'utf8');
  expect(html.match(/<section class="sheet"/g)).toHaveLength(3);
  for (const name of demoRealNames) expect(html).not.toContain(name);
  await expect(sheets.getByRole('status')).toContainText(
    'Bladen hämtades som Kompetenslyftet – rekommendationsblad.html',
  );
});
