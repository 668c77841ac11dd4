import { join } from 'node:path';
import { readXlsx, sheetNamed } from '../helpers/openpyxl';
import { expect, test } from './support/fixtures';
import { demoRealNames, goTo, openTab } from './support/conclusions';

const findingsView = /^Slutsatser & rekommendationer/;

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

test('the Excel report is saved from the Reports view and reads back with openpyxl; failures say why', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Rapporter');
  const report = page.getByRole('region', { name: 'Excelrapport' });
  const path = join(app.workDir, 'Kompetenslyftet.xlsx');
  const save = report.getByRole('button', { name: /^(Spara|Hämta) Excelrapport/ });
  const done = report.getByText(/^Rapporten (sparades|hämtades)/);
  await app.saveOutput(path, () => save.click());
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(report.getByRole('status')).toContainText('Citat · 88 rader');

  const book = await readXlsx(path, { cells: true });
  expect(book.sheetNames).toEqual(
    expect.arrayContaining([
      'Sammanfattning',
      'Kodbok',
      'Fall och indikatorer',
      'Tema × fall',
      'Citat',
      'Slutsatser',
      'Rekommendationer & uppföljning',
      'Utvärderingsmatris',
    ]),
  );
  const quotes = sheetNamed(book, 'Citat');
  expect(quotes.maxRow - 1).toBe(88);
  const text = JSON.stringify(quotes.rows);
  for (const name of demoRealNames) expect(text).not.toContain(name);

  // Only the quotes, first to a folder that does not exist: a clear message, nothing lost.
  const parts = report.getByRole('group', { name: 'Blad i rapporten' });
  for (const part of await parts.getByRole('checkbox').all()) {
    if ((await part.getAttribute('aria-label')) === null && !(await part.isDisabled()))
      await part.uncheck();
  }
  await parts.getByRole('checkbox', { name: 'Citat', exact: true }).check();
  if (app.host === 'electron') {
    // Only a native dialog names a folder; the browser saves downloads where it always does.
    await app.saveOutput(join(app.workDir, 'saknas', 'r.xlsx'), () => save.click());
    await expect(report.getByRole('alert')).toContainText(
      'Rapporten kunde inte sparas: mappen för',
    );
    await expect(report.getByRole('alert')).toContainText('Inget har gått förlorat');
  }

  const small = join(app.workDir, 'citat.xlsx');
  await app.saveOutput(small, () => save.click());
  await expect(done).toBeVisible({ timeout: 30_000 });
  expect((await readXlsx(small)).sheetNames).toEqual(['Citat']);
});
