import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { goTo, saved } from './support/views';
import { screenshotFor } from './support/screenshots';

const onDisk = 'Alla ändringar som visades som ”Sparat” finns på disken.';

test('when the devhost stops, a calm banner says so at once; an edit tried afterwards gets the same message, never "Sparat"', async ({
  app,
}) => {
  test.skip(app.host !== 'web', 'Electron has no host process apart from the app to lose');
  const page = await app.start();
  await goTo(page, 'Fall');
  await page.getByRole('button', { name: 'Lägg till fall' }).click();
  await page.getByLabel('Namn').fill('Sparat före avbrottet');
  await page.getByRole('dialog').getByRole('button', { name: 'Lägg till fall' }).click();
  await saved(page);

  await app.killHost();
  const banner = page.getByRole('alert').filter({ hasText: 'Anslutningen till Fynd bröts' });
  await expect(banner).toContainText(onDisk);
  await expect(banner).toContainText('npm run web');
  await expect(page.getByTestId('save-status')).toHaveText('Ingen anslutning');
  // What the banner promises: the edit acknowledged before the kill is in the journal.
  const demo = join(app.workDir, 'user-data', 'demo');
  const [copy = ''] = await readdir(demo);
  expect(await readFile(join(demo, copy, 'journal.jsonl'), 'utf8')).toContain(
    'Sparat före avbrottet',
  );
  await screenshotFor(page, 'connection-lost');

  await page.getByRole('button', { name: 'Lägg till fall' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Namn').fill('Efter avbrottet');
  await dialog.getByRole('button', { name: 'Lägg till fall' }).click();
  await expect(dialog.getByRole('alert')).toContainText(onDisk);
  await expect(dialog).not.toContainText('Failed to fetch');
  await expect(page.getByTestId('save-status')).toHaveText('Ingen anslutning');
  await screenshotFor(page, 'connection-lost-dialog');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  // The dialog holds typed text, so closing it asks first.
  await page.getByRole('button', { name: 'Kasta texten' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(banner).toContainText('Din senaste ändring bekräftades inte.');
  await expect(page.getByRole('row', { name: /Efter avbrottet/ })).toHaveCount(0);
  await screenshotFor(page, 'connection-lost-after-edit');
});
