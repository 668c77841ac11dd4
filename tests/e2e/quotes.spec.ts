import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { chooseOption } from './support/sources';
import { goTo } from './support/views';

/* The Quotes view: a quote is copied with where it comes from, pseudonymised as in the outputs. */

test('"Kopiera med källa" puts the quote, speaker, case and source on the clipboard with real names replaced; said aloud; Enter works too', async ({
  app,
}) => {
  const page = await app.start();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await goTo(page, 'Citat');
  const quote = page
    .locator('.quote-item')
    .filter({ hasText: 'Birgitta Holmgren kommer att fortsätta besöka företag' });
  await quote.getByRole('button', { name: 'Kopiera med källa' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'kopierades' })).toHaveText(
    'Citatet kopierades med källa.',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^”Tjänsteperson 1 kommer att fortsätta besöka företag/);
  expect(copied).not.toContain('Birgitta Holmgren');
  // Who said it, the case and the source, on the line after the quote.
  const group = page.locator('.quote-group', { has: quote });
  const source = (await group.locator('.quote-source').textContent()) ?? '';
  expect(copied).toMatch(new RegExp(`\\n– .+, Härnösand, ${source}$`));
  await screenshotFor(quote, 'quotes-copied');

  // From the keyboard: Tab to another quote's button, Enter.
  const other = page.locator('.quote-item').first();
  await other.getByRole('button', { name: 'Kopiera med källa' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe(copied);
  const snippet = (await other.locator('.quote-text').textContent()) ?? '';
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    snippet.trim().slice(0, 30),
  );
});

test('quotes: a theme with or without its sub-themes, narrowed by case attribute, roles, valences and several cases', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Citat');
  const count = page.getByRole('status').filter({ hasText: 'citat' });
  const number = async () => Number(/(\d+) citat/.exec((await count.textContent()) ?? '')?.[1]);
  await chooseOption(page.getByLabel('Tema', { exact: true }), 'Samverkan');
  await expect(count).toHaveText(/\d+ citat/);
  const withSub = await number();
  await page.getByLabel('Med underteman').uncheck();
  await expect(count).toHaveText('4 citat');
  await page.getByLabel('Med underteman').check();
  await expect(count).toHaveText(`${withSub} citat`);

  await chooseOption(page.getByLabel('Fallattribut'), 'Typ av aktör: Länsaktör');
  await expect(count).not.toHaveText(`${withSub} citat`);
  const county = await number();
  expect(county).toBeGreaterThan(0);
  expect(county).toBeLessThan(withSub);
  // Several-value filters: a button opens a panel of checkboxes; Escape closes it.
  const filter = (label: string) => page.getByRole('button', { name: new RegExp(`^${label} `) });
  const pick = async (label: string, values: string[]) => {
    await filter(label).click();
    const panel = page.getByRole('group', { name: label });
    for (const value of values) await panel.getByLabel(value, { exact: true }).check();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(filter(label)).toBeFocused();
  };
  const showAll = async (label: string) => {
    await filter(label).click();
    await page
      .getByRole('group', { name: label })
      .getByRole('button', { name: 'Visa alla' })
      .click();
    await page.keyboard.press('Escape');
  };
  await pick('Värdering', ['Svaghet']);
  await expect(filter('Värdering')).toHaveAccessibleName('Värdering Svaghet');
  await expect(count).not.toHaveText(`${county} citat`);
  for (const valence of await page.locator('.quote-item .valence').allTextContents()) {
    expect(valence).toBe('Svaghet');
  }
  await page.getByLabel('Fallattribut').selectOption({ label: 'Alla värden' });
  await showAll('Värdering');
  await expect(count).toHaveText(`${withSub} citat`);
  await pick('Respondentens roll', ['Sektionschef']);
  await expect(count).not.toHaveText(`${withSub} citat`);
  for (const from of await page.locator('.quote-from').allTextContents()) {
    expect(from).toContain('Sektionschef');
  }
  await showAll('Respondentens roll');
  await expect(count).toHaveText(`${withSub} citat`);

  // Two cases together show the quotes of each.
  await pick('Fall', ['Härnösand']);
  await expect(count).not.toHaveText(`${withSub} citat`);
  const first = await number();
  await showAll('Fall');
  await expect(count).toHaveText(`${withSub} citat`);
  await pick('Fall', ['Kramfors']);
  await expect(count).not.toHaveText(`${withSub} citat`);
  const second = await number();
  await pick('Fall', ['Härnösand']);
  await expect(filter('Fall')).toHaveAccessibleName('Fall 2 valda');
  await expect(count).toHaveText(`${first + second} citat`);
});
