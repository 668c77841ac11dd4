import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { addSource, codingList, openSourceNamed } from './support/sources';
import { selectInTranscript } from './support/transcript';
import { goTo, saved } from './support/views';

test('a first start asks who is coding; that name goes with every coding made in the app', async ({
  app,
}) => {
  const page = await app.start({ user: null });
  const prompt = page.getByRole('form', { name: 'Vem är du?' });
  await expect(prompt).toBeVisible();
  const name = prompt.getByLabel('Ditt namn');
  await screenshotFor(page, 'coders-first-start');
  await name.fill('Anna Lind');
  await prompt.getByRole('button', { name: 'Spara namnet' }).click();
  // A first run goes on to the demo, as before; the header says who is coding.
  await expect(page.getByRole('heading', { name: 'Källor' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Du: Anna Lind' })).toHaveAccessibleDescription(
    'Byt ditt namn (du heter Anna Lind)',
  );

  await addSource(page, 'Samtal', 'Samverkan fungerade bra. Men ägarskapet saknades.');
  await selectInTranscript(page, 'Samverkan fungerade bra.');
  await page.getByRole('checkbox', { name: 'Samverkan', exact: true }).check();
  await page.getByRole('button', { name: 'Koda', exact: true }).click();
  await saved(page);
  // The demo has two coders already, so each coding says whose it is.
  await expect(codingList(page).getByRole('listitem')).toHaveText([/Anna Lind/]);
  await screenshotFor(page, 'coders-coding-with-coder');

  // Known from now on: a restart asks nothing.
  const again = await app.restart();
  await expect(again.getByRole('heading', { name: 'Senaste projekt' })).toBeVisible();
  await expect(again.getByRole('form', { name: 'Vem är du?' })).toHaveCount(0);
});

test('the coder filter narrows the quotes and a transcript’s codings', async ({ app }) => {
  const page = await app.start();
  await goTo(page, 'Citat');
  const count = page.getByRole('status').filter({ hasText: 'citat' });
  const number = async () => Number(/(\d+) citat/.exec((await count.textContent()) ?? '')?.[1]);
  await expect(count).toHaveText(/\d+ citat/);
  const all = await number();
  const coders = page.getByRole('button', { name: /^Kodare / });
  await expect(coders).toHaveAccessibleName('Kodare Alla kodare');
  await coders.click();
  await page.getByRole('group', { name: 'Kodare' }).getByLabel('Erik Nyström').check();
  await page.keyboard.press('Escape');
  await expect(count).not.toHaveText(`${all} citat`);
  const erik = await number();
  expect(erik).toBeGreaterThan(0);
  expect(erik).toBeLessThan(all);
  for (const coder of await page.locator('.quote-coder').allTextContents()) {
    expect(coder).toBe('Kodad av Erik Nyström');
  }
  await screenshotFor(page, 'coders-quote-filter');

  // In a transcript Erik double-coded, the filter leaves only his codings in the list.
  await goTo(page, 'Källor');
  await openSourceNamed(page, /projektledaren i Härnösand/);
  const items = codingList(page).getByRole('listitem');
  const before = await items.count();
  await page.getByRole('button', { name: /^Kodare / }).click();
  await page.getByRole('group', { name: 'Kodare' }).getByLabel('Erik Nyström').check();
  await page.keyboard.press('Escape');
  await expect(items).not.toHaveCount(before);
  for (const text of await items.allTextContents()) expect(text).toContain('Erik Nyström');
  // A coding's margin stripe names its coder on hover, beside its themes.
  const stripes = page.locator('[data-testid=transcript] .stripe[title]');
  await expect(stripes.first()).toHaveAttribute('title', / · Erik Nyström$/);
  await screenshotFor(page, 'coders-transcript-filter');
});

test('a matrix cell’s quotes say who coded them, once a second coder has coded', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Analys');
  await page.locator('.matrix-table tbody td button').first().click();
  const cards = page.getByRole('complementary').locator('.qcard');
  await expect(cards.first()).toContainText(/Kodad av (Sara Holm|Erik Nyström)/);
});
