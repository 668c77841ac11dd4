import { goTo, openTab } from './support/conclusions';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';

/* The Analysis view's co-occurrence: a pair opens the places where its two themes meet. */

test('a co-occurring pair opens its places in a side panel; a place shows in its source; Escape closes and gives focus back', async ({
  app,
}) => {
  const page = await app.start();
  await page.setViewportSize({ width: 1440, height: 900 });
  await goTo(page, 'Analys');
  await openTab(page, /^Samförekomst/);
  const first = page.getByRole('button', { name: /gånger\. Visa ställena\.$/ }).first();
  const name = (await first.getAttribute('aria-label')) ?? '';
  const [, a = '', b = ''] = /^(.+) och (.+), \d+ gånger/.exec(name) ?? [];
  await first.click();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('complementary', { name: `${a} och ${b}` });
  await expect(panel.getByRole('heading')).toBeFocused();
  await expect(panel.getByRole('status')).toHaveText(
    /^\d+ ställen? där temana kodats i samma stycke$/,
  );
  const places = panel.locator('.qcard');
  await expect(places.first()).toBeVisible();
  await screenshotFor(page, 'analysis-co-occurrence-places');

  // By overlap: fewer places or as many, never more.
  const byParagraph = await places.count();
  await page.getByRole('button', { name: 'Överlappande kodningar' }).click();
  await expect(panel.getByRole('status')).toHaveText(/där kodningarna överlappar$/);
  expect(await places.count()).toBeLessThanOrEqual(byParagraph);

  // The pair's own count (the order of the table follows the scope).
  const pair = page.getByRole('button', { name: `${a} och ${b},`, exact: false });
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(pair).toBeFocused();

  await pair.click();
  await page.getByRole('button', { name: 'Samma stycke' }).click();
  const text =
    (await places.first().locator('blockquote mark, blockquote').first().textContent()) ?? '';
  expect(text.length).toBeGreaterThan(0);
  await places.first().getByRole('button', { name: 'Visa i källan' }).click();
  await expect(page.getByTestId('transcript')).toBeVisible();
});
