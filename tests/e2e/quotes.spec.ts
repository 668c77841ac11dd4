import { goTo } from './support/conclusions';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';

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
