import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { chooseOption } from './support/sources';
import { goTo, saved } from './support/views';

/** A .qdc as other tools write it: a new code with a sub-code, and one the project already has. */
const codebook = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Fixture 1.0"><Codes>
<Code guid="10000000-0000-4000-8000-000000000001" name="Hinder" isCodable="true" color="#E15759"><Description>Det som stoppar arbetet.</Description>
<Code guid="10000000-0000-4000-8000-000000000002" name="Tid" isCodable="true"/></Code>
<Code guid="10000000-0000-4000-8000-000000000003" name="Operativ samverkan" isCodable="true"/>
</Codes></CodeBook>
`;

test('a .qdc codebook goes under the chosen theme as one undoable step; names already there are said, not doubled', async ({
  app,
}) => {
  const page = await app.start();
  const file = join(app.workDir, 'kodbok.qdc');
  await writeFile(file, codebook);
  await goTo(page, 'Kodbok');
  const tree = page.getByRole('list', { name: 'Teman' });
  const row = (name: string) => tree.getByRole('button', { name: new RegExp(`^⠿?${name}`) });
  const before = await tree.getByRole('button').count();

  await page.getByRole('button', { name: 'Importera kodbok (.qdc)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera kodbok (.qdc)' });
  await dialog.getByLabel('Kodbok (.qdc)').fill(file);
  await chooseOption(dialog.getByLabel('Lägg under'), 'Samverkan');
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog.getByRole('status')).toContainText('2 nya teman lades till under Samverkan.');
  await expect(dialog.getByRole('status')).toContainText(
    'Fanns redan på samma nivå och lades inte till igen: Operativ samverkan.',
  );
  await screenshotFor(dialog, 'codebook-import-done');
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await saved(page);
  await expect(row('Hinder')).toBeVisible();
  await expect(row('Tid')).toBeVisible();
  await expect(tree.getByRole('button', { name: /^⠿?Operativ samverkan/ })).toHaveCount(1);
  await row('Hinder').click();
  await expect(page.getByText('Det som stoppar arbetet.')).toBeVisible();

  // One step back removes the whole codebook.
  await page.getByRole('button', { name: 'Ångra' }).click();
  await saved(page);
  await expect(row('Hinder')).toHaveCount(0);
  await expect(row('Tid')).toHaveCount(0);
  await expect(tree.getByRole('button')).toHaveCount(before);
});

test('a path that is not a codebook gets a translated error in the dialog, and nothing changes', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Kodbok');
  await page.getByRole('button', { name: 'Importera kodbok (.qdc)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera kodbok (.qdc)' });
  const missing = join(app.workDir, 'finns-inte.qdc');
  await dialog.getByLabel('Kodbok (.qdc)').fill(missing);
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    `Filen ${missing} kunde inte läsas som en REFI-QDA-kodbok (.qdc). Kontrollera sökvägen. Inget importerades.`,
  );
  await screenshotFor(dialog, 'codebook-import-error');
});

test('in the browser a .qdc is chosen with a file input, its bytes imported as a path’s would be', async ({
  app,
}) => {
  const page = await app.start();
  const file = join(app.workDir, 'vald-kodbok.qdc');
  await writeFile(file, codebook);
  await goTo(page, 'Kodbok');
  const tree = page.getByRole('list', { name: 'Teman' });
  await page.getByRole('button', { name: 'Importera kodbok (.qdc)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera kodbok (.qdc)' });
  await dialog.getByLabel('Välj fil…').setInputFiles(file);
  await expect(dialog.getByText('Vald fil: vald-kodbok.qdc')).toBeVisible();
  await screenshotFor(dialog, 'codebook-import-chosen');
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog.getByText(/nya teman lades till under översta nivån\./)).toBeVisible();
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await saved(page);
  await expect(tree.getByRole('button', { name: /^⠿?Hinder/ })).toBeVisible();
  await page.getByRole('button', { name: 'Ångra' }).click();
  await saved(page);
  await expect(tree.getByRole('button', { name: /^⠿?Hinder/ })).toHaveCount(0);
});
