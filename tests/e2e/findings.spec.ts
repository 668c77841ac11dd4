import { expect, test } from './support/fixtures';
import { goTo, openTab } from './support/views';

const findingsView = /^Slutsatser & rekommendationer/;

test('changing the quotes of a finding updates its derived evidence', async ({ app }) => {
  const page = await app.start();
  await goTo(page, findingsView);
  await page.getByRole('button', { name: /^slutsats 3:/ }).click();
  const editor = page.getByRole('region', { name: 'Slutsats 3' });
  const evidence = editor.getByRole('region', { name: 'Evidens' });
  await expect(evidence).toContainText('6 citat · 6 källor · 5 stödjande fall');
  await expect(evidence).toContainText(/Motsägande fall.*Örnsköldsvik/);

  await editor.getByRole('button', { name: 'Ta bort citat 1 ur slutsatsen' }).click();
  await expect(evidence).toContainText('5 citat · 5 källor · 4 stödjande fall');
  await expect(editor.getByRole('heading', { name: 'Stödjande citat (5)' })).toBeVisible();

  // Back again through the quote picker, filtered to one case.
  await editor.getByRole('button', { name: 'Välj citat…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Välj citat för slutsats 3' });
  await dialog.getByLabel('Fall').selectOption({ label: 'Härnösand' });
  const unticked = dialog.getByRole('checkbox', { name: 'Stöder slutsats 3', checked: false });
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ citat$/);
  await unticked.first().check();
  await expect(dialog.getByText('1 tillagda, 0 borttagna')).toBeVisible();
  await dialog.getByRole('button', { name: 'Spara valet' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(editor.getByRole('heading', { name: 'Stödjande citat (6)' })).toBeVisible();
  await expect(evidence).toContainText('6 citat');
});

test('recording a management response, a follow-up note, and reordering recommendations', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, findingsView);
  await openTab(page, /^Ledningens svar/);
  await expect(
    page.getByText('3 av 3 rekommendationer saknar ännu ledningens svar.'),
  ).toBeVisible();

  await openTab(page, /^Rekommendationer/);
  await page.getByRole('button', { name: /^Engagera högre ledningsnivåer/ }).click();
  const editor = page.getByRole('region', { name: 'Rekommendation 1' });
  await editor.getByRole('button', { name: 'Registrera svar' }).click();
  await editor.getByRole('radio', { name: 'Delvis accepterad' }).check();
  await editor
    .getByLabel('Svar och skäl')
    .fill('Kommunchefsgruppen tar upp frågan; ansvaret delas.');
  await editor
    .getByLabel('Åtgärder', { exact: true })
    .fill('Beslutsärende i kommunstyrelsen hösten 2012.');
  await editor.getByLabel('Ansvarig enhet').fill('Kommunchefsgruppen');
  await editor.getByLabel('Klart senast', { exact: true }).fill('2012-12-31');
  await editor.getByRole('button', { name: 'Klar' }).click();
  await expect(editor.getByText('Delvis accepterad')).toBeVisible();
  await expect(editor.getByText('Kommunchefsgruppen', { exact: true })).toBeVisible();

  const note = editor.getByRole('textbox', { name: 'Anteckning', exact: true });
  await note.fill('Första mötet hållet.');
  await editor.getByRole('button', { name: 'Lägg till anteckning' }).click();
  await expect(
    editor.getByRole('region', { name: 'Uppföljning' }).getByText('Första mötet hållet.'),
  ).toBeVisible();
  await expect(note).toHaveValue(''); // ready for the next note
  await expect(page.getByTestId('save-status')).toHaveText('Sparat');

  // The third moves up with Alt+↑ and keeps the focus.
  const third = page.getByRole('button', { name: /^Utveckla projektkulturen/ });
  await third.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(
    page.getByRole('list', { name: 'Rekommendationer' }).getByRole('listitem').nth(1),
  ).toContainText('Utveckla projektkulturen');
  await expect(third).toBeFocused();
  await page.getByRole('button', { name: /^Flytta upp rekommendation 2 \(Utveckla/ }).click();
  await expect(
    page.getByRole('list', { name: 'Rekommendationer' }).getByRole('listitem').first(),
  ).toContainText('Utveckla projektkulturen');

  await openTab(page, /^Ledningens svar/);
  await expect(
    page.getByText('2 av 3 rekommendationer saknar ännu ledningens svar.'),
  ).toBeVisible();
  const row = page.getByRole('row', { name: /Engagera högre ledningsnivåer/ });
  await expect(row).toContainText('Delvis accepterad');
  await expect(row).toContainText('2012-12-31');
  await expect(row).toContainText('Pågår');
});
