import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { demoRealNames } from './support/demo';
import { goTo } from './support/views';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';

test('the Word report downloads from the Reports view, for the chosen cases, in English, pseudonymised', async ({
  app,
}) => {
  test.skip(app.host !== 'web', 'Electron saves through the native save dialog');
  const page = await app.start();
  await goTo(page, 'Rapporter');
  const report = page.getByRole('region', { name: 'Word-rapport' });
  await report.locator('details.scope-list > summary').click();
  await report.getByRole('checkbox', { name: 'Härnösand' }).check();
  await report.getByLabel('Språk').selectOption('en');
  const downloaded = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Hämta Word-rapport' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('Kompetenslyftet – rapportutkast.docx');
  const path = join(app.workDir, download.suggestedFilename());
  await download.saveAs(path);
  await expect(report.getByRole('status')).toContainText(
    'Word-rapporten hämtades som Kompetenslyftet – rapportutkast.docx',
  );
  await screenshotFor(report, 'reports-word-downloaded');

  const zip = await JSZip.loadAsync(await readFile(path));
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(document).toContain('Evaluation question 1: ');
  expect(document).toContain('Härnösand');
  expect(document).not.toMatch(/<w:t[^>]*>Sundsvall<\/w:t>/);
  for (const name of demoRealNames) expect(document).not.toContain(name);
});
