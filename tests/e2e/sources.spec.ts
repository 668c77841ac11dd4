import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDemoProject } from '../../main/services/demo/build-demo-project';
import { docxOf } from '../helpers/docx-fixture';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { openSourceNamed, windows1252 } from './support/sources';
import { goTo, saved } from './support/views';

test('import a Windows-1252 .txt, a UTF-8 .txt and a .docx through the file input; å ä ö read right; one undo removes the import', async ({
  app,
}) => {
  const page = await app.start();
  const legacy = join(app.workDir, 'Intervju Härnösand.txt');
  const utf8 = join(app.workDir, 'Samtal i Sollefteå.txt');
  const word = join(app.workDir, 'Fokusgrupp Örnsköldsvik.docx');
  await writeFile(
    legacy,
    windows1252('I: Vad är viktigast?\nR: Att Åsa och Örjan får stöd – även på lördagar.\n'),
  );
  await writeFile(
    utf8,
    '\uFEFFR: Kompetensförsörjningen är en gemensam fråga för både kommun och län.\n',
    'utf8',
  );
  await writeFile(
    word,
    await docxOf(['I: Hur gick det?', 'R: Företagsbesöken blev ömsesidiga och välplanerade.']),
  );

  await expect(page.getByRole('row')).toHaveCount(16);
  await page.getByRole('button', { name: 'Importera filer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera filer' });
  await dialog.getByLabel('Typ').selectOption({ label: 'Fokusgrupp' });
  await dialog.getByLabel('Fall', { exact: true }).selectOption({ label: 'Härnösand' });
  await dialog.getByLabel('Välj filer…').setInputFiles([legacy, utf8, word]);
  await dialog.getByRole('button', { name: 'Importera 3 filer' }).click();

  await expect(dialog.getByRole('heading', { name: '3 av 3 filer importerades.' })).toBeFocused();
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'Intervju Härnösand' }),
  ).toContainText('Läst som Windows-1252');
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'Samtal i Sollefteå' }),
  ).toContainText('UTF-8');
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'Fokusgrupp Örnsköldsvik' }),
  ).toContainText('Word (.docx)');
  await saved(page);
  await dialog.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByRole('row')).toHaveCount(19);
  await expect(page.getByRole('row', { name: /Intervju Härnösand/ })).toContainText('Fokusgrupp');

  await openSourceNamed(page, /Intervju Härnösand/);
  await expect(page.getByTestId('transcript')).toContainText(
    'Att Åsa och Örjan får stöd – även på lördagar.',
  );
  await openSourceNamed(page, /Fokusgrupp Örnsköldsvik/);
  await expect(page.getByTestId('transcript')).toContainText(
    'Företagsbesöken blev ömsesidiga och välplanerade.',
  );
  await openSourceNamed(page, /Samtal i Sollefteå/);
  await expect(page.getByTestId('transcript')).toContainText(
    'Kompetensförsörjningen är en gemensam',
  );

  // The three files were one step: one undo takes them all away.
  await page.getByRole('button', { name: 'Ångra' }).click();
  await saved(page);
  await goTo(page, 'Källor');
  await expect(page.getByRole('row')).toHaveCount(16);
  await page.getByRole('button', { name: 'Gör om' }).click();
  await expect(page.getByRole('row')).toHaveCount(19);
});

test('bad files (empty, binary renamed .txt) get a clear message and leave the sources unchanged', async ({
  app,
}) => {
  const page = await app.start();
  const empty = join(app.workDir, 'tom.txt');
  const binary = join(app.workDir, 'bild.txt');
  await writeFile(empty, '');
  await writeFile(
    binary,
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
      1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0,
    ]),
  );
  await expect(page.getByRole('row')).toHaveCount(16);

  await page.getByRole('button', { name: 'Importera filer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera filer' });
  await dialog.getByLabel('Välj filer…').setInputFiles([empty, binary]);
  await dialog.getByRole('button', { name: 'Importera 2 filer' }).click();
  await expect(dialog.getByRole('heading', { name: /Ingen fil importerades/ })).toBeFocused();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'tom.txt' })).toContainText(
    'Filen är tom',
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: 'bild.txt' })).toContainText(
    'Filen är inte en textfil',
  );
  await dialog.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByRole('row')).toHaveCount(16);
  await expect(page.getByRole('button', { name: 'Ångra' })).toBeDisabled();
});

test.describe('sources list', () => {
  test('sort (aria-sort), filter by case and date, edit details with a new respondent, delete with undo', async ({
    app,
  }) => {
    const page = await app.start();
    const titles = () => page.locator('tbody th').allTextContents();
    await page.getByRole('button', { name: 'Datum', exact: true }).click();
    await expect(page.getByRole('columnheader', { name: 'Datum' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const dates = await page.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(dates).toEqual([...dates].sort());
    await page.getByRole('button', { name: 'Datum', exact: true }).click();
    await expect(page.getByRole('columnheader', { name: 'Datum' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await page.getByLabel('Visa fall').selectOption({ label: 'Härnösand' });
    await expect(page.getByRole('row')).toHaveCount(4);
    await expect(page.getByRole('status').filter({ hasText: 'Visar' })).toHaveText(
      'Visar 3 av 15 källor',
    );
    await page.getByLabel('Datum från').fill('2012-03-20');
    await expect(page.getByRole('row')).toHaveCount(2);
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await expect(page.getByRole('row')).toHaveCount(16);

    const first = (await titles())[0] ?? '';
    await page.getByRole('button', { name: `Ändra uppgifter för ${first}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra källans uppgifter' });
    await dialog.getByLabel('Titel').fill('Intervju med Åsa, omdöpt');
    await dialog.getByRole('button', { name: 'Ny respondent…' }).click();
    await dialog.getByLabel('Pseudonym').fill('Samordnare Ö, Ånge');
    await dialog.getByLabel('Roll').fill('Samordnare');
    await dialog.getByRole('button', { name: 'Lägg till respondent' }).click();
    await expect(dialog.getByRole('checkbox', { name: /Samordnare Ö, Ånge/ })).toBeChecked();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await saved(page);
    const renamed = page.getByRole('row', { name: /Intervju med Åsa, omdöpt/ });
    await expect(renamed).toContainText('Samordnare Ö, Ånge');

    await page.getByRole('button', { name: 'Ta bort Intervju med Åsa, omdöpt' }).click();
    const confirm = page.getByRole('dialog', { name: /Ta bort källan/ });
    await expect(confirm).toContainText(/Källans \d+ kodningar tas bort tillsammans med den\./);
    await confirm.getByRole('button', { name: 'Ta bort källan' }).click();
    await saved(page);
    await expect(page.getByRole('row')).toHaveCount(15);
    await page.getByRole('button', { name: 'Ångra' }).click();
    await expect(page.getByRole('row')).toHaveCount(16);
  });
});

test('a source’s attributes are edited in its details as a case’s are, each change one undo step; the list filters by one', async ({
  app,
}) => {
  const demo = buildDemoProject().file.data;
  const byPhone = demo.sources.filter((s) =>
    s.attributes?.some((a) => a.key === 'Telefonintervju' && a.value === true),
  );
  const page = await app.start();
  await goTo(page, 'Källor');
  await page.getByLabel('Visa attribut').selectOption({ label: 'Telefonintervju: Ja' });
  await expect(page.getByRole('row')).toHaveCount(byPhone.length + 1);
  await expect(page.getByRole('status').filter({ hasText: 'Visar' })).toHaveText(
    `Visar ${byPhone.length} av ${demo.sources.length} källor`,
  );

  const title = byPhone[0]?.title ?? '';
  await page.getByRole('button', { name: `Ändra uppgifter för ${title}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändra källans uppgifter' });
  const attributes = dialog.getByRole('region', { name: 'Attribut' });
  await expect(attributes.getByRole('listitem')).toHaveText([
    /^Intervjuomgång: [12]/,
    /^Telefonintervju: Ja/,
  ]);
  await attributes.getByRole('button', { name: 'Lägg till attribut' }).click();
  await attributes.getByRole('textbox', { name: 'Attribut', exact: true }).fill('telefonintervju');
  await expect(
    attributes.getByText('Det finns redan ett attribut som heter ”telefonintervju”.'),
  ).toBeVisible();
  await expect(attributes.getByRole('button', { name: 'Lägg till attribut' })).toBeDisabled();
  await attributes.getByRole('textbox', { name: 'Attribut', exact: true }).fill('Intervjuplats');
  await attributes.getByRole('textbox', { name: 'Värde' }).fill('Kommunhuset');
  await screenshotFor(dialog, 'source-attributes-editor');
  await attributes.getByRole('button', { name: 'Lägg till attribut' }).click();
  await saved(page);
  await expect(attributes.getByRole('listitem')).toHaveCount(3);
  await attributes.getByRole('button', { name: 'Ta bort attributet Telefonintervju' }).click();
  await saved(page);
  await expect(attributes.getByRole('listitem')).toHaveText([
    /^Intervjuomgång/,
    /^Intervjuplats: Kommunhuset/,
  ]);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  // No longer by phone: the filter shows one source fewer.
  await expect(page.getByRole('row')).toHaveCount(byPhone.length);

  // Each change is its own undo step: the deletion, then the addition.
  await page.getByRole('button', { name: 'Ångra' }).click();
  await saved(page);
  await expect(page.getByRole('row')).toHaveCount(byPhone.length + 1);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await saved(page);
  await page.getByRole('button', { name: `Ändra uppgifter för ${title}` }).click();
  await expect(dialog.getByRole('region', { name: 'Attribut' }).getByRole('listitem')).toHaveCount(
    2,
  );
});

test('files dropped on the sources list open the import with them', async ({ app }) => {
  const page = await app.start();
  const drop = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['R: Släppt fil med å ä ö.'], 'Släppt.txt', { type: 'text/plain' }));
    return data;
  });
  const view = page.locator('.sources-view');
  await view.dispatchEvent('dragover', { dataTransfer: drop });
  await expect(page.getByText('Släpp filerna för att importera dem')).toBeVisible();
  await view.dispatchEvent('drop', { dataTransfer: drop });
  const dialog = page.getByRole('dialog', { name: 'Importera filer' });
  await expect(dialog.getByRole('list', { name: '1 vald fil' })).toContainText('Släppt.txt');
  await dialog.getByRole('button', { name: 'Importera 1 fil' }).click();
  await expect(dialog.getByRole('heading', { name: '1 av 1 filer importerades.' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Öppna Släppt' }).click();
  await expect(page.getByTestId('transcript')).toContainText('Släppt fil med å ä ö.');
});
