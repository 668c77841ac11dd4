import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { goTo, openTab } from './support/views';

/*
 * Nothing typed is lost: editors save as the user types (a burst is one undo step), switching
 * item or view keeps the text, "Sparat" means it is on disk, and leaving or closing a dialog with
 * typed text asks first.
 */

const findingsView = /^Slutsatser & rekommendationer/;
const status = (page: Page) => page.getByTestId('save-status');

/** Types at the end of a field as a user would: one key at a time, one burst. */
async function typeAtEnd(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+End');
  await field.pressSequentially(text);
}

/** The project's files as they are on disk now (snapshot and journal). */
async function onDisk(page: Page): Promise<string> {
  const dir = await page.locator('.project-name').getAttribute('title');
  if (!dir) throw new Error('The header does not name the project folder');
  const files = await Promise.all(
    ['project.json', 'journal.jsonl'].map((name) => readFile(join(dir, name), 'utf8')),
  );
  return files.join('\n');
}

/** Opens a finding of the demo project and returns its statement field. */
async function openFinding(page: Page, number: number): Promise<Locator> {
  await page.getByRole('button', { name: new RegExp(`^slutsats ${number}:`) }).click();
  return page
    .getByRole('region', { name: `Slutsats ${number}` })
    .getByRole('textbox', { name: 'Slutsats', exact: true });
}

test('a finding statement: kept when another finding is opened at once, on disk once "Sparat", back after a reload, one burst is one undo step', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, findingsView);
  const statement = await openFinding(page, 1);
  const before = await statement.inputValue();
  const added = ' Tillagt i ett svep, utan att spara.';
  await typeAtEnd(statement, added);

  // Straight to another finding, no pause, no button: the text goes with the switch.
  await openFinding(page, 2);
  await expect(await openFinding(page, 1)).toHaveValue(before + added);
  await expect(status(page)).toHaveText('Sparat');
  expect(await onDisk(page)).toContain(before + added);

  await page.reload();
  await goTo(page, findingsView);
  const reloaded = await openFinding(page, 1);
  await expect(reloaded).toHaveValue(before + added);

  // The whole burst was one edit: one undo takes all of it back.
  await page.getByRole('button', { name: 'Ångra', exact: true }).click();
  await expect(reloaded).toHaveValue(before);
  await expect(status(page)).toHaveText('Sparat');
});

test('typing waits for its pause: "Sparar…" meanwhile, leaving asks, then one save and "Sparat"', async ({
  app,
}) => {
  test.skip(app.host !== 'web', 'Electron answers beforeunload with its own native dialog');
  const page = await app.start();
  await goTo(page, findingsView);
  const statement = await openFinding(page, 1);
  await expect(status(page)).toHaveText('Sparat');
  // The page's clock stands still: the pause after typing lasts until the test moves it on.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
  await typeAtEnd(statement, ' Ännu inte sparat.');
  await expect(status(page)).toHaveText('Sparar…');

  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  // Asking also sent the text on its way.
  await expect(status(page)).toHaveText('Sparat');
  expect(await onDisk(page)).toContain('Ännu inte sparat.');
});

test('an emptied statement is not saved: it says so, is offered back after a switch, can be restored, and leaving asks', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, findingsView);
  const statement = await openFinding(page, 1);
  const before = await statement.inputValue();
  await statement.fill('');
  const editor = page.getByRole('region', { name: 'Slutsats 1' });
  await expect(editor.getByRole('status').filter({ hasText: 'Inte sparat' })).toHaveText(
    'Inte sparat: fältet får inte vara tomt.',
  );
  await expect(statement).toHaveAttribute('aria-invalid', 'true');
  await expect(status(page)).toHaveText('Osparade ändringar');

  await openFinding(page, 2);
  await expect(await openFinding(page, 1)).toHaveValue('');

  if (app.host === 'web') {
    // Closing the tab asks; staying keeps everything.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    await expect(statement).toHaveValue('');
  }

  await editor.getByRole('button', { name: 'Ta tillbaka det sparade' }).click();
  await expect(statement).toHaveValue(before);
  await expect(status(page)).toHaveText('Sparat');
});

test('a recommendation field typed and left for another view at once is there on return', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, findingsView);
  await openTab(page, /^Rekommendationer/);
  await page.getByRole('button', { name: /^Engagera högre ledningsnivåer/ }).click();
  const rationale = page
    .getByRole('region', { name: 'Rekommendation 1' })
    .getByRole('textbox', { name: 'Motivering' });
  const before = await rationale.inputValue();
  const added = ' Kommunchefsgruppen är rätt forum.';
  await typeAtEnd(rationale, added);
  await goTo(page, 'Kodbok');

  await goTo(page, findingsView);
  await openTab(page, /^Rekommendationer/);
  await page.getByRole('button', { name: /^Engagera högre ledningsnivåer/ }).click();
  await expect(
    page.getByRole('region', { name: 'Rekommendation 1' }).getByRole('textbox', {
      name: 'Motivering',
    }),
  ).toHaveValue(before + added);
  await expect(status(page)).toHaveText('Sparat');
  expect(await onDisk(page)).toContain(before + added);
});

test('a question typed and left for another question at once is there on return', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, findingsView);
  await openTab(page, /^Utvärderingsfrågor/);
  const question = (number: number) =>
    page.getByRole('region', { name: `Fråga ${number}` }).getByRole('textbox', { name: 'Fråga' });
  await page.getByRole('button', { name: /^Har insatserna utgått/ }).click();
  const before = await question(1).inputValue();
  const added = ' Och för vem?';
  await typeAtEnd(question(1), added);
  await page.getByRole('button', { name: /^Hänger de lokala insatserna/ }).click();
  await expect(question(2)).toBeVisible();
  await page.getByRole('button', { name: /^Har insatserna utgått/ }).click();
  await expect(question(1)).toHaveValue(before + added);
  await expect(status(page)).toHaveText('Sparat');
});

test('a synthesis typed in a matrix cell is kept when another cell is opened at once', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Analys');
  const timra = /^Samverkan › Operativ samverkan, Timrå:/;
  await page.getByRole('button', { name: timra }).click();
  const synthesis = 'Gemensamma besök varje vecka.';
  await typeAtEnd(page.getByLabel('Din syntes för cellen'), synthesis);
  await page.getByRole('button', { name: /^Samverkan › Operativ samverkan, Kramfors:/ }).click();
  await expect(
    page.getByRole('complementary', { name: /Operativ samverkan · Kramfors/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: timra }).click();
  await expect(page.getByLabel('Din syntes för cellen')).toHaveValue(synthesis);
  await expect(page.getByRole('button', { name: timra })).toHaveAccessibleName(/Syntes skriven\.$/);
  await expect(status(page)).toHaveText('Sparat');
});

test('a theme definition written in the codebook is kept when another theme is chosen at once, and after a reload', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Kodbok');
  const tree = page.getByRole('list', { name: 'Teman' });
  const row = (name: string) => tree.getByRole('button', { name: new RegExp(`^⠿?${name}`) });
  const definition = () =>
    page.getByRole('region', { name: 'Kodregler' }).getByRole('textbox', { name: 'Definition' });
  await row('Skolans roll').click();
  const before = await definition().inputValue();
  const added = ' Även praktikplatser.';
  await typeAtEnd(definition(), added);
  await row('Operativ samverkan').click();
  await expect(page.getByRole('heading', { name: 'Operativ samverkan', level: 2 })).toBeVisible();
  await row('Skolans roll').click();
  await expect(definition()).toHaveValue(before + added);

  await expect(status(page)).toHaveText('Sparat');
  await page.reload();
  await goTo(page, 'Kodbok');
  await row('Skolans roll').click();
  await expect(definition()).toHaveValue(before + added);
});

test('a coding memo typed and left for another view at once is there on return', async ({
  app,
}) => {
  const page = await app.start();
  await page.getByRole('row').nth(1).getByRole('button').first().click();
  await page.getByTestId('transcript').locator('.coded').first().click();
  const here = page.getByRole('region', { name: 'Kodningar här' });
  await here.getByRole('button', { name: 'Ändra', exact: true }).first().click();
  const memo = here.getByRole('form', { name: 'Ändra kodningen' }).getByLabel(/Memo/);
  const added = ' Följ upp i nästa intervju.';
  await typeAtEnd(memo, added);
  await goTo(page, 'Kodbok');

  // Back to Sources: the same source is still open.
  await goTo(page, 'Källor');
  await page.getByTestId('transcript').locator('.coded').first().click();
  await expect(here).toContainText(added.trim());
  await expect(status(page)).toHaveText('Sparat');
  expect(await onDisk(page)).toContain(added.trim());
});

test('Escape in a dialog with typed text asks first; Keep editing keeps it; without text it closes at once', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, findingsView);
  await page.getByRole('button', { name: 'Ny slutsats' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny slutsats' });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Ny slutsats' }).click();
  const field = dialog.getByRole('textbox');
  await field.pressSequentially('Samverkan bär när ledningen äger frågan.');
  await expect(status(page)).toHaveText('Osparade ändringar');
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'Kasta texten du skrivit?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Fortsätt skriva' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Fortsätt skriva' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(field).toHaveValue('Samverkan bär när ledningen äger frågan.');

  // Escape on the question means keep editing too.
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(field).toHaveValue('Samverkan bär när ledningen äger frågan.');

  // Leaving the page with the dialog open asks as well.
  if (app.host === 'web') {
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (question) => {
        resolve(question.type());
        void question.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  }

  await page.keyboard.press('Escape');
  await confirm.getByRole('button', { name: 'Kasta texten' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(status(page)).toHaveText('Sparat');
});
