import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { addSource, codingList } from './support/sources';
import { goTo, saved } from './support/views';

test('a theme made a grouping in its details is marked in the codebook and skipped when coding, by picker and by key', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Kodbok');
  const tree = page.getByRole('list', { name: 'Teman' });
  const row = (name: string) => tree.getByRole('button', { name: new RegExp(`^⠿?${name}`) });
  await row('Samverkan').click();
  const toggle = page.getByRole('checkbox', { name: 'Gruppering (inte kodbar)' });
  await expect(toggle).not.toBeChecked();
  // The box follows the project: it shows ticked once the edit is saved.
  await toggle.click();
  await saved(page);
  await expect(toggle).toBeChecked();
  await expect(row('Samverkan')).toContainText('gruppering');
  await screenshotFor(page, 'codebook-grouping');

  await addSource(page, 'Gruppering', 'Intervjuare: Hur går det?\nSvar: Vi samverkar mer nu.');
  await page.getByTestId('transcript').focus();
  await page.keyboard.press('Control+Shift+ArrowRight');
  // The grouping is shown in its place but has no checkbox and no number key.
  await expect(page.locator('.theme-option-grouping').first()).toContainText('Samverkan');
  await expect(page.getByRole('checkbox', { name: 'Samverkan', exact: true })).toHaveCount(0);
  await screenshotFor(page, 'coding-panel-grouping');
  await page.keyboard.press('1');
  await saved(page);
  // Key 1 is the first theme that can be coded with: Samverkan's first sub-theme.
  await expect(codingList(page).getByRole('listitem')).toContainText('Operativ samverkan');
  await expect(codingList(page).getByRole('listitem')).not.toContainText(/Samverkan(?! )/);

  // Undone in the theme's details, it codes again.
  await goTo(page, 'Kodbok');
  await row('Samverkan').click();
  await page.getByRole('checkbox', { name: 'Gruppering (inte kodbar)' }).click();
  await saved(page);
  await expect(row('Samverkan')).not.toContainText('gruppering');
});
