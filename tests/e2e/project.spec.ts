import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { goTo } from './support/views';
import { selectInTranscript } from './support/transcript';

const transcript = [
  'I: Hur har samarbetet med Arbetsförmedlingen fungerat?',
  'R: Operativt går det bra – vi gör företagsbesök ihop varje vecka 🙂. Men ingen i ledningen äger frågan.',
].join('\n');

test('the demo project opens by itself on first start, with its cases, sources and codebook', async ({
  app,
}) => {
  const page = await app.start();
  await expect(page.getByRole('heading', { name: 'Källor' })).toBeVisible();
  await expect(page.getByText('Kompetenslyftet').first()).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(16); // header + 15 interviews
  await goTo(page, 'Kodbok');
  await expect(page.getByText('Strategiskt ägarskap').first()).toBeVisible();
  await goTo(page, 'Fall');
  await expect(page.getByRole('row', { name: /Örnsköldsvik/ })).toBeVisible();
});

test('create a project, add a case, paste a source, add a theme, code a segment; all there after a restart; undo works', async ({
  app,
}) => {
  const page = await app.start();
  await page.getByRole('button', { name: 'Stäng projekt' }).click();

  const dir = join(app.workDir, 'Utvärdering.fynd');
  await page.getByRole('button', { name: 'Nytt projekt' }).click();
  await page.getByLabel('Namn').fill('Min utvärdering');
  await app.chooseFolder(dir);
  await page.getByRole('button', { name: 'Skapa projekt' }).click();
  await expect(page.getByRole('heading', { name: 'Källor' })).toBeVisible();

  await goTo(page, 'Fall');
  await page.getByRole('button', { name: 'Lägg till fall' }).click();
  await page.getByLabel('Namn').fill('Härnösand');
  await page.getByRole('dialog').getByRole('button', { name: 'Lägg till fall' }).click();
  await expect(page.getByRole('row', { name: /Härnösand/ })).toBeVisible();

  await goTo(page, 'Kodbok');
  await page.getByRole('button', { name: 'Lägg till tema' }).click();
  await page.getByLabel('Namn').fill('Strategiskt ägarskap');
  await page.getByRole('dialog').getByRole('button', { name: 'Lägg till tema' }).click();
  await expect(page.getByText('Strategiskt ägarskap').first()).toBeVisible();

  await goTo(page, 'Källor');
  await page.getByRole('button', { name: 'Lägg till källa' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titel').fill('Intervju med projektledaren');
  await dialog.getByLabel('Fall').selectOption({ label: 'Härnösand' });
  await dialog.getByLabel('Text').fill(transcript);
  await dialog.getByRole('button', { name: 'Lägg till källa' }).click();
  await expect(page.getByTestId('transcript')).toContainText('Men ingen i ledningen äger frågan.');

  const quote = 'vi gör företagsbesök ihop varje vecka 🙂';
  await selectInTranscript(page, quote);
  await page.getByRole('checkbox', { name: 'Strategiskt ägarskap' }).check();
  await page.getByRole('button', { name: 'Koda', exact: true }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Sparat');
  await expect(page.getByRole('listitem').filter({ hasText: quote })).toBeVisible();

  // What the app acknowledged is on disk before any clean shutdown.
  const journal = await readFile(join(dir, 'journal.jsonl'), 'utf8');
  expect(journal).toContain(quote);

  await app.restart();
  const again = app.page;
  const recent = again.getByRole('button', { name: /Min utvärdering/ });
  await recent.click();
  await expect(again.getByRole('row', { name: /Intervju med projektledaren/ })).toBeVisible();
  await goTo(again, 'Fall');
  await expect(again.getByRole('row', { name: /Härnösand/ })).toBeVisible();
  await goTo(again, 'Källor');
  await again
    .getByRole('row', { name: /Intervju med projektledaren/ })
    .getByRole('button')
    .first()
    .click();
  await expect(again.getByRole('listitem').filter({ hasText: quote })).toBeVisible();

  await again.getByRole('button', { name: 'Ångra' }).click();
  await expect(again.getByRole('listitem').filter({ hasText: quote })).toHaveCount(0);
  await expect(again.getByTestId('save-status')).toHaveText('Sparat');
  await again.getByRole('button', { name: 'Gör om' }).click();
  await expect(again.getByRole('listitem').filter({ hasText: quote })).toBeVisible();
});

test('markup typed into a name stays text in the app', async ({ app }) => {
  const page = await app.start();
  await goTo(page, 'Kodbok');
  await page.getByRole('button', { name: 'Lägg till tema' }).click();
  const name = '<img src=x onerror="document.title=1"><b>Fet</b>';
  await page.getByLabel('Namn').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Lägg till tema' }).click();
  await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  await expect(page.locator('main img[src="x"], main b:text-is("Fet")')).toHaveCount(0);
  expect(await page.title()).not.toBe('1');
});
