import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { fixtureQde, writeQdpx } from '../helpers/qdpx-fixture';

test('Open a project from another tool: a .qdpx becomes a new project, the notice sums up the import and the report is a memo', async ({
  app,
}) => {
  const page = await app.start();
  await page.getByRole('button', { name: 'Stäng projekt' }).click();
  const raw = 'Hej på dig, sa hon.\r\nVi pratade om 😀 samverkan.';
  const file = await writeQdpx(join(app.workDir, 'från-nvivo.qdpx'), {
    'project.qde': fixtureQde([
      { start: raw.indexOf('samverkan'), end: raw.indexOf('samverkan') + 9 },
    ]),
    'Sources/00000000-0000-4000-8000-000000000020.txt': raw,
  });
  await screenshotFor(page, 'start-screen');
  await page.getByRole('button', { name: 'Öppna ett projekt från ett annat program…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Öppna ett projekt från ett annat program' });
  await dialog.getByLabel('Projektfil (.qdpx)').fill(file);
  await app.chooseFolder(join(app.workDir, 'Importerat.fynd'));
  await screenshotFor(dialog, 'start-import-dialog');
  await dialog.getByRole('button', { name: 'Importera och öppna' }).click();
  await expect(
    page.getByText(
      /Projektet från Fixture 1\.0 är importerat: källor 1, kodningar 1, teman 1\. Kunde inte tas med: 0\./,
    ),
  ).toBeVisible();
  // The source came along with its coding, the CR LF text read with NVivo's UTF-16 offsets.
  await expect(page.getByRole('row', { name: /Intervju/ })).toContainText('1');
  await screenshotFor(page, 'start-import-opened');
});

test('Open a project from another tool: a file that is not a project gets a translated error and nothing opens', async ({
  app,
}) => {
  const page = await app.start();
  await page.getByRole('button', { name: 'Stäng projekt' }).click();
  const file = await writeQdpx(join(app.workDir, 'tom.qdpx'), { 'readme.txt': 'hej' });
  await page.getByRole('button', { name: 'Öppna ett projekt från ett annat program…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Öppna ett projekt från ett annat program' });
  await dialog.getByLabel('Projektfil (.qdpx)').fill(file);
  await app.chooseFolder(join(app.workDir, 'Inget.fynd'));
  await dialog.getByRole('button', { name: 'Importera och öppna' }).click();
  await expect(dialog.getByText(/Filen är inget REFI-QDA-projekt \(\.qdpx\)/)).toBeVisible();
  await screenshotFor(dialog, 'start-import-error');
});
