import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { goTo, openTab } from './support/views';

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

test('a matrix cell opens its quotes in the side panel, by mouse and by keyboard', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Analys');
  await page.getByRole('button', { name: /^Samverkan › Strategiskt ägarskap, Härnösand:/ }).click();
  const panel = page.getByRole('complementary', { name: /Strategiskt ägarskap · Härnösand/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('status').filter({ hasText: /citat/ })).toHaveText('2 citat');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel).toContainText('som ingen har på sitt bord');

  // Arrow keys move between cells; Enter opens the next one.
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('button', { name: /^Samverkan › Strategiskt ägarskap, Kramfors:/ }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('complementary', { name: /Strategiskt ägarskap · Kramfors/ }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary')).toHaveCount(0);

  // Columns by case type: the quotes of all municipalities.
  await page.getByLabel('Kolumner').selectOption({ label: 'Typ av fall' });
  await page.getByRole('button', { name: /^Samverkan › Strategiskt ägarskap, Kommun:/ }).click();
  await expect(
    page.getByRole('complementary', { name: /Strategiskt ägarskap · Kommun/ }),
  ).toContainText('Synteser skrivs per tema och fall');
});

test('a synthesis written in a matrix cell is still there after a restart', async ({ app }) => {
  const page = await app.start();
  await goTo(page, 'Analys');
  const cell = /^Samverkan › Operativ samverkan, Timrå:/;
  await page.getByRole('button', { name: cell }).click();
  const synthesis = 'Gemensamma besök varje vecka; fungerar väl på handläggarnivå.';
  // Saved as it is typed: no button, "Sparat" once it is on disk.
  await page.getByLabel('Din syntes för cellen').fill(synthesis);
  await expect(page.getByTestId('save-status')).toHaveText('Sparat');
  await expect(page.getByRole('button', { name: cell })).toHaveAccessibleName(/Syntes skriven\.$/);

  await app.restart();
  const again = app.page;
  await again.getByRole('button', { name: /^Kompetenslyftet/ }).click();
  await goTo(again, 'Analys');
  const restored = again.getByRole('button', { name: cell });
  await expect(restored).toHaveAccessibleName(/Syntes skriven\.$/);
  await restored.click();
  await expect(again.getByLabel('Din syntes för cellen')).toHaveValue(synthesis);
});
