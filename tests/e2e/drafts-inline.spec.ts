import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { goTo, openTab } from './support/views';
import { selectInTranscript } from './support/transcript';
import { screenshotFor } from './support/screenshots';

/*
 * Nothing typed is lost, in the places that kept their text to themselves: inline edits save as
 * they are typed, forms for something new keep their text or ask, and closing the project asks
 * about text that cannot be saved.
 */

const status = (page: Page) => page.getByTestId('save-status');

/** Types at the end of a field, one key at a time. */
async function typeAtEnd(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('End');
  await field.pressSequentially(text);
}

/** The project's files as they are on disk now (snapshot and journal). */
async function onDisk(page: Page): Promise<string> {
  const dir = await page.locator('.project-name').getAttribute('title');
  if (!dir) throw new Error('The header does not name the project folder');
  // A project no edit has reached yet may have no journal.
  const files = await Promise.all(
    ['project.json', 'journal.jsonl'].map((name) =>
      readFile(join(dir, name), 'utf8').catch(() => ''),
    ),
  );
  return files.join('\n');
}

/** Another view by its keyboard shortcut: the field keeps focus until it is gone (no blur). */
const switchView = (page: Page, digit: number) => page.keyboard.press(`Control+${digit}`);

test('a pseudonym changed in place is saved when the view is left at once, and is there on return', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Rapporter');
  await page.getByRole('button', { name: 'Ändra pseudonymen för Birgitta Holmgren' }).click();
  const field = page.getByRole('textbox', { name: 'Pseudonym', exact: true }).first();
  await typeAtEnd(field, ' (Härnösand)');
  await switchView(page, 2);
  await expect(page.getByRole('heading', { name: 'Kodbok', level: 1 })).toBeVisible();
  await expect(status(page)).toHaveText('Sparat');
  expect(await onDisk(page)).toContain('Tjänsteperson 1 (Härnösand)');

  await goTo(page, 'Rapporter');
  await expect(page.getByRole('row', { name: /Birgitta Holmgren/ })).toContainText(
    'Tjänsteperson 1 (Härnösand)',
  );
  // A blank pseudonym is not saved: the row stays open, says so, and the view switch keeps it.
  await page.getByRole('button', { name: 'Ändra pseudonymen för Birgitta Holmgren' }).click();
  await page.getByRole('textbox', { name: 'Pseudonym', exact: true }).first().fill('');
  await expect(status(page)).toHaveText('Osparade ändringar');
  await switchView(page, 2);
  await goTo(page, 'Rapporter');
  const row = page.locator('tr', { has: page.getByRole('textbox', { name: 'Pseudonym' }) });
  await expect(row.getByRole('textbox', { name: 'Pseudonym', exact: true })).toHaveValue('');
  await expect(row).toContainText('fältet får inte vara tomt');
  await screenshotFor(page.getByRole('region', { name: 'Pseudonymer' }), 'drafts-pseudonym-kept');
  await row.getByRole('button', { name: 'Ta tillbaka det sparade' }).first().click();
  await expect(page.getByRole('row', { name: /Birgitta Holmgren/ })).toContainText(
    'Tjänsteperson 1 (Härnösand)',
  );
  await expect(status(page)).toHaveText('Sparat');
});

test('an indicator value typed and left by a view shortcut at once is saved; Escape takes back what is not', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Fall');
  await openTab(page, 'Indikatorer');
  await page.getByRole('button', { name: /^Ändra Företagsbesök i Härnösand/ }).click();
  const field = page.getByRole('textbox', { name: 'Företagsbesök i Härnösand' });
  await field.fill('321');
  await switchView(page, 1);
  await expect(page.getByRole('heading', { name: 'Källor', level: 1 })).toBeVisible();
  await expect(status(page)).toHaveText('Sparat');

  await goTo(page, 'Fall');
  await openTab(page, 'Indikatorer');
  const button = page.getByRole('button', { name: /^Ändra Företagsbesök i Härnösand/ });
  await expect(button).toHaveText('321');
  await button.click();
  await page.getByRole('textbox', { name: 'Företagsbesök i Härnösand' }).fill('999');
  await page.keyboard.press('Escape');
  await expect(button).toHaveText('321');
  await expect(status(page)).toHaveText('Sparat');
});

test('a new coding’s memo outlives a view switch and a new selection, counts as unsaved, and goes with the coding', async ({
  app,
}) => {
  const page = await app.start();
  await page.getByRole('row').nth(1).getByRole('button').first().click();
  await expect(page.getByTestId('transcript')).toBeVisible();
  const words = (await page.getByTestId('transcript').innerText()).split(/\s+/).slice(20, 24);
  const selection = words.join(' ');
  await selectInTranscript(page, selection);
  const form = page.getByRole('form', { name: 'Kodning' });
  const memo = form.getByLabel(/Memo/);
  await memo.fill('Jämför med Kramfors.');
  await expect(status(page)).toHaveText('Osparade ändringar');
  await switchView(page, 2);
  await goTo(page, 'Källor');
  await expect(page.getByTestId('transcript')).toBeVisible();
  await selectInTranscript(page, selection);
  await expect(memo).toHaveValue('Jämför med Kramfors.');

  await form.getByRole('checkbox').first().check();
  await form.getByRole('button', { name: 'Koda' }).click();
  await expect(status(page)).toHaveText('Sparat');
  expect(await onDisk(page)).toContain('Jämför med Kramfors.');
  await selectInTranscript(page, selection);
  await expect(memo).toHaveValue('');
});

test('the source dialog: Escape asks about a new respondent’s typed text; a respondent changed in place is saved', async ({
  app,
}) => {
  const page = await app.start();
  await page
    .getByRole('row')
    .nth(1)
    .getByRole('button', { name: /^Ändra/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Ändra källa' });
  await dialog.getByRole('button', { name: 'Ny respondent…' }).click();
  await dialog.getByLabel('Pseudonym').last().fill('Rektor B');
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'Kasta texten du skrivit?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Fortsätt skriva' }).click();
  await expect(dialog.getByLabel('Pseudonym').last()).toHaveValue('Rektor B');
  await dialog.getByRole('button', { name: 'Avbryt', exact: true }).first().click();

  // An existing respondent: typed, then Escape closes the dialog and keeps the text.
  const edit = dialog.getByRole('button', { name: /^Ändra / }).first();
  const name = ((await edit.getAttribute('aria-label')) ?? '').replace(/^Ändra /, '');
  await edit.click();
  const role = dialog.getByRole('group', { name: `Ändra respondenten ${name}` }).getByLabel('Roll');
  await typeAtEnd(role, ' och rektor');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(status(page)).toHaveText('Sparat');
  expect(await onDisk(page)).toContain(' och rektor');
});

test('the Open project dialog asks before a typed path is thrown away', async ({ app }) => {
  const page = await app.start();
  await page.getByRole('button', { name: 'Stäng projekt' }).click();
  await page.getByRole('button', { name: 'Öppna projekt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Öppna projekt' });
  await dialog.getByRole('textbox').fill('/home/anna/Utvärdering.fynd');
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'Kasta texten du skrivit?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Fortsätt skriva' }).click();
  await expect(dialog.getByRole('textbox')).toHaveValue('/home/anna/Utvärdering.fynd');
});

test('closing the project with text that cannot be saved asks first; staying keeps it', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, /^Slutsatser & rekommendationer/);
  await page.getByRole('button', { name: /^slutsats 1:/ }).click();
  const statement = page
    .getByRole('region', { name: 'Slutsats 1' })
    .getByRole('textbox', { name: 'Slutsats', exact: true });
  await statement.fill('');
  await expect(status(page)).toHaveText('Osparade ändringar');

  await page.getByRole('button', { name: 'Stäng projekt' }).click();
  const question = page.getByRole('dialog', { name: 'Stänga projektet med osparad text?' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('på 1 ställe');
  await expect(question.getByRole('button', { name: 'Fortsätt skriva' })).toBeFocused();
  await screenshotFor(page, 'drafts-close-asks');
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(statement).toHaveValue('');

  await page.getByRole('button', { name: 'Stäng projekt' }).click();
  await question.getByRole('button', { name: 'Stäng utan texten' }).click();
  await expect(page.getByRole('region', { name: 'Senaste projekt' })).toBeVisible();
});

test('a new attribute, a new indicator and a follow-up note keep their typed text across a view switch; cancel lets it go', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Fall');
  const openCase = () => page.getByRole('button', { name: 'Härnösand', exact: true }).click();
  await openCase();
  const panel = page.getByRole('complementary', { name: 'Härnösand' });
  await panel.getByRole('button', { name: 'Lägg till attribut' }).click();
  await panel.getByRole('textbox', { name: 'Attribut' }).fill('Hamn');
  await panel.getByRole('textbox', { name: 'Värde' }).first().fill('Ja, vid kusten');
  await panel.getByRole('button', { name: 'Lägg till indikator' }).click();
  await panel.getByRole('textbox', { name: 'Indikator' }).fill('Lärlingar');
  await expect(status(page)).toHaveText('Osparade ändringar');

  await switchView(page, 1);
  await expect(page.getByRole('heading', { name: 'Källor', level: 1 })).toBeVisible();
  await goTo(page, 'Fall');
  await openCase();
  // Both forms are open again with what was typed.
  await expect(panel.getByRole('textbox', { name: 'Attribut' })).toHaveValue('Hamn');
  await expect(panel.getByRole('textbox', { name: 'Indikator' })).toHaveValue('Lärlingar');
  const attributeForm = panel
    .locator('form')
    .filter({ has: page.getByRole('textbox', { name: 'Attribut' }) });
  await attributeForm.getByRole('button', { name: 'Lägg till attribut' }).click();
  await expect(panel.getByText('Hamn: Ja, vid kusten')).toBeVisible();
  const indicatorForm = panel
    .locator('form')
    .filter({ has: page.getByRole('textbox', { name: 'Indikator' }) });
  await indicatorForm.getByRole('button', { name: 'Avbryt' }).click();
  await expect(panel.getByRole('textbox', { name: 'Indikator' })).toHaveCount(0);
  await expect(status(page)).toHaveText('Sparat');

  // A follow-up note typed and left for another view.
  await goTo(page, 'Slutsatser & rekommendationer');
  await openTab(page, /^Rekommendationer/);
  await page.getByRole('button', { name: /^Engagera högre ledningsnivåer/ }).click();
  const note = page.getByRole('textbox', { name: 'Anteckning', exact: true });
  await note.fill('Uppföljningsmöte bokat i mars.');
  await switchView(page, 1);
  await expect(status(page)).toHaveText('Osparade ändringar');
  await goTo(page, 'Slutsatser & rekommendationer');
  await openTab(page, /^Rekommendationer/);
  await page.getByRole('button', { name: /^Engagera högre ledningsnivåer/ }).click();
  await expect(note).toHaveValue('Uppföljningsmöte bokat i mars.');
  await page.getByRole('button', { name: 'Lägg till anteckning' }).click();
  await expect(note).toHaveValue('');
  await expect(status(page)).toHaveText('Sparat');
});
