import { writeDoubleCodedDemo, writeSoloDemo, writeTeamOfThree } from '../helpers/team-project';
import { audit } from './support/axe-audit';
import { goTo, openTab } from './support/views';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';

test('two coders’ agreement per theme: κ and α with their bands, by the unit and the coders chosen', async ({
  app,
}) => {
  const { dir, themeName } = await writeDoubleCodedDemo(app.workDir);
  const page = await app.start({ project: dir });
  await goTo(page, 'Analys');
  await openTab(page, 'Överensstämmelse');
  const summary = page.getByRole('status').filter({ hasText: 'som båda kodat' });
  await expect(summary).toHaveText(
    /^Ada och Bo: 3 källor som båda kodat, [\d\s]+ enheter per tema\.$/,
  );
  const table = page.getByRole('table', {
    name: /Överensstämmelse per tema mellan Ada och Bo, per tecken/,
  });
  const row = table.getByRole('row', { name: new RegExp(themeName) });
  // Bo marked the same passages a little shorter: close, but not identical, by character.
  await expect(row.getByRole('cell').nth(1)).toHaveText(/^9\d,\d %$/);
  const overall = table.getByRole('row', { name: /Alla teman/ });
  await expect(overall.getByRole('cell').nth(2)).toHaveText(/^0,\d\d (god|mycket god)$/);
  await screenshotFor(page, 'agreement-by-character');
  expect(await audit(page, 'agreement table')).toEqual([]);

  // By sentence the two touch the same sentences: full agreement.
  await page.getByRole('group', { name: 'Enhet' }).getByRole('button', { name: 'Mening' }).click();
  const bySentence = page
    .getByRole('table', { name: /per mening/ })
    .getByRole('row', { name: /Alla teman/ });
  await expect(bySentence.getByRole('cell').nth(1)).toHaveText('100 %');
  await expect(bySentence.getByRole('cell').nth(2)).toHaveText('1,00 mycket god');
  await screenshotFor(page, 'agreement-by-sentence');

  // A theme opens its disagreements side by side; by sentence there are none.
  const theme = page.getByRole('button', { name: new RegExp(`skiljer sig åt om .*${themeName}`) });
  await theme.click();
  const panel = page.getByRole('region', { name: /Där kodarna skiljer sig åt/ });
  await expect(panel.getByRole('status')).toHaveText('0 ställen som bara en av kodarna kodat');
  await expect(panel.getByRole('region', { name: 'Bara Ada kodade (inte Bo)' })).toContainText(
    'Inget här.',
  );
  // By character (the panel stays open), what Ada alone coded are the two characters at each
  // end of her passages.
  await page.getByRole('group', { name: 'Enhet' }).getByRole('button', { name: 'Tecken' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^\d+ ställen som bara en av kodarna kodat$/);
  const adaOnly = panel.getByRole('region', { name: 'Bara Ada kodade (inte Bo)' });
  await expect(adaOnly.locator('.qcard-snippet').first()).toHaveText(/^.{1,2}$/s);
  await expect(panel.getByRole('region', { name: 'Bara Bo kodade (inte Ada)' })).toContainText(
    'Inget här.',
  );
  await screenshotFor(page, 'agreement-disagreements');

  // Settling a place: both code it. It leaves the list; undo brings it back.
  const count = panel.getByRole('status');
  const before = Number((await count.textContent())?.split(' ')[0]);
  const firstPlace = adaOnly.getByRole('listitem').first();
  await firstPlace
    .getByRole('group', { name: 'Avgör' })
    .getByRole('button', { name: 'Båda kodar' })
    .click();
  await expect(count).toHaveText(`${before - 1} ställen som bara en av kodarna kodat`);
  await page.keyboard.press('Control+z');
  await expect(count).toHaveText(`${before} ställen som bara en av kodarna kodat`);
  // Neither codes it: the theme comes off Ada's passage there.
  await adaOnly.getByRole('listitem').first().getByRole('button', { name: 'Ingen kodar' }).click();
  await expect(count).toHaveText(`${before - 1} ställen som bara en av kodarna kodat`);
  await screenshotFor(page, 'agreement-settled');
  await page.keyboard.press('Control+z');
  await expect(count).toHaveText(`${before} ställen som bara en av kodarna kodat`);
  await panel.getByRole('heading', { name: /Där kodarna skiljer sig åt/ }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(theme).toBeFocused();

  // Choosing Bo as the first coder swaps the pair.
  await page.getByLabel('Kodare 1').selectOption('Bo');
  await expect(summary).toHaveText(/^Bo och Ada:/);
  await expect(page.getByLabel('Kodare 2')).toHaveValue('Ada');
});

test('with one coder the agreement tab says what it needs', async ({ app }) => {
  const page = await app.start({ project: await writeSoloDemo('Ada', app.workDir) });
  await goTo(page, 'Analys');
  await openTab(page, 'Överensstämmelse');
  await expect(page.getByText(/mäts när två kodare har kodat samma källor/)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('a colleague’s copy merged from the agreement tab brings the second coder in, and undo takes it all back', async ({
  app,
}) => {
  const ours = await writeSoloDemo('Ada', app.workDir);
  const { dir: theirs } = await writeDoubleCodedDemo(app.workDir);
  const page = await app.start({ project: ours });
  await goTo(page, 'Analys');
  await openTab(page, 'Överensstämmelse');
  await page.getByRole('button', { name: 'Slå ihop en kollegas kopia…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Slå ihop med en annan kopia' });
  await dialog.getByLabel('Kopians plats').fill(theirs);
  await dialog.getByRole('button', { name: 'Slå ihop', exact: true }).click();
  const report = dialog.getByRole('status');
  // The same study built elsewhere: sources found by their text, themes by their names.
  await expect(report).toContainText(
    /Tillagt: 1 kodare, 0 fall, 0 respondenter, 0 teman, 0 källor och \d+ kodningar\./,
  );
  await screenshotFor(page, 'merge-report');
  expect(await audit(page, 'merge report')).toEqual([]);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('table', { name: /Överensstämmelse per tema mellan/ })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/mäts när två kodare har kodat samma källor/)).toBeVisible();
});

test('a team of three sees κ for every pair, theme by theme, and a pair’s heading chooses it', async ({
  app,
}) => {
  const page = await app.start({ project: await writeTeamOfThree(app.workDir) });
  await goTo(page, 'Analys');
  await openTab(page, 'Överensstämmelse');
  const overview = page.getByRole('table', {
    name: 'Cohens κ per tema för varje par av kodare, per tecken',
  });
  const headings = overview.getByRole('columnheader');
  await expect(headings).toHaveText(['Tema', 'Ada – Bo', 'Ada – Cy', 'Bo – Cy']);
  // Cy coded exactly as Ada did.
  await expect(
    overview
      .getByRole('row', { name: /Alla teman/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('1,00 mycket god');
  await screenshotFor(page, 'agreement-pairs');
  expect(await audit(page, 'agreement pairs')).toEqual([]);
  await overview.getByRole('button', { name: 'Ada – Cy' }).click();
  await expect(page.getByLabel('Kodare 2')).toHaveValue('Cy');
  await expect(overview.getByRole('button', { name: 'Ada – Cy' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
