import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readXlsx, sheetNamed } from '../helpers/openpyxl';
import { demoRealNames } from './support/demo';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { goTo } from './support/views';

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
  expect(quotes.maxRow - 1).toBe(98);
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

test('the Excel report is saved from the Reports view and reads back with openpyxl; failures say why', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Rapporter');
  const report = page.getByRole('region', { name: 'Excelrapport' });
  const path = join(app.workDir, 'Kompetenslyftet.xlsx');
  const save = report.getByRole('button', { name: /^(Spara|Hämta) Excelrapport/ });
  const done = report.getByText(/^Rapporten (sparades|hämtades)/);
  await app.saveOutput(path, () => save.click());
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(report.getByRole('status')).toContainText('Citat · 98 rader');

  const book = await readXlsx(path, { cells: true });
  expect(book.sheetNames).toEqual(
    expect.arrayContaining([
      'Sammanfattning',
      'Kodbok',
      'Fall och indikatorer',
      'Tema × fall',
      'Citat',
      'Slutsatser',
      'Rekommendationer & uppföljning',
      'Utvärderingsmatris',
    ]),
  );
  const quotes = sheetNamed(book, 'Citat');
  expect(quotes.maxRow - 1).toBe(98);
  const text = JSON.stringify(quotes.rows);
  for (const name of demoRealNames) expect(text).not.toContain(name);

  // Only the quotes, first to a folder that does not exist: a clear message, nothing lost.
  const parts = report.getByRole('group', { name: 'Blad i rapporten' });
  for (const part of await parts.getByRole('checkbox').all()) {
    if ((await part.getAttribute('aria-label')) === null && !(await part.isDisabled()))
      await part.uncheck();
  }
  await parts.getByRole('checkbox', { name: 'Citat', exact: true }).check();
  if (app.host === 'electron') {
    // Only a native dialog names a folder; the browser saves downloads where it always does.
    await app.saveOutput(join(app.workDir, 'saknas', 'r.xlsx'), () => save.click());
    await expect(report.getByRole('alert')).toContainText(
      'Rapporten kunde inte sparas: mappen för',
    );
    await expect(report.getByRole('alert')).toContainText('Inget har gått förlorat');
  }

  const small = join(app.workDir, 'citat.xlsx');
  await app.saveOutput(small, () => save.click());
  await expect(done).toBeVisible({ timeout: 30_000 });
  expect((await readXlsx(small)).sheetNames).toEqual(['Citat']);
});
