import type { Page } from '@playwright/test';
import { reopenDemo } from './support/demo';
import { expect, test } from './support/fixtures';
import { screenshotFor } from './support/screenshots';
import { chooseOption } from './support/sources';
import { goTo, saved } from './support/views';

/*
 * The codebook: a theme's name is unique among its siblings, a new theme goes where the user
 * says (the top level unless a parent is chosen), and a parent's counts include its sub-themes
 * as the matrix does by default.
 */

const tree = (page: Page) => page.getByRole('list', { name: 'Teman' });
const row = (page: Page, name: string) =>
  tree(page).getByRole('button', { name: new RegExp(`^⠿?${name}`) });
const depthOf = (page: Page, name: string) =>
  page
    .locator('.theme-item', {
      has: page.getByRole('button', { name: new RegExp(`^⠿?${name}`) }),
    })
    .first()
    .getAttribute('style');

test('a new theme goes to the top level unless a parent is chosen; a name its siblings use is refused at once', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Kodbok');
  // A theme is selected in the tree: "Lägg till tema" still means a top-level theme.
  await row(page, 'Projektkultur').click();
  await page.getByRole('button', { name: 'Lägg till tema' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt tema' });
  const parent = dialog.getByLabel('Överordnat tema');
  await expect(parent.locator('option:checked')).toHaveText('Inget (huvudtema)');
  await expect(parent).toHaveAccessibleDescription(/hamnar bland huvudtemana/);

  const name = dialog.getByLabel('Namn');
  const add = dialog.getByRole('button', { name: 'Lägg till tema' });
  await name.fill(' samverkan');
  await expect(dialog.getByText('Det finns redan ett tema som heter ”Samverkan”')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(add).toBeDisabled();
  await screenshotFor(dialog, 'codebook-name-taken');

  await name.fill('Lärande organisation');
  await expect(add).toBeEnabled();
  await add.click();
  await expect(dialog).toHaveCount(0);
  await expect(row(page, 'Lärande organisation')).toBeVisible();
  expect(await depthOf(page, 'Lärande organisation')).toMatch(/padding-inline-start: 0rem/);

  // "Lägg till undertema" on the selected theme: the dialog shows that parent, chosen.
  await row(page, 'Projektkultur').click();
  await page.getByRole('button', { name: 'Lägg till undertema' }).click();
  const sub = page.getByRole('dialog', { name: 'Nytt undertema' });
  await expect(sub.getByLabel('Överordnat tema').locator('option:checked')).toHaveText(
    /Projektkultur/,
  );
  await sub.getByLabel('Namn').fill('Lärande organisation');
  await sub.getByRole('button', { name: 'Lägg till tema' }).click();
  await expect(sub).toHaveCount(0);
  await expect(row(page, 'Lärande organisation')).toHaveCount(2);
  await expect(page.getByTestId('save-status')).toHaveText('Sparat');
});

test('renaming a theme to a sibling name is refused in the dialog, and by main when it gets there', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Kodbok');
  await row(page, 'Skolans roll').click();
  await page.getByRole('button', { name: 'Namn, färg och plats…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändra tema' });
  await dialog.getByLabel('Namn').fill('UNGA OCH UTRIKESFÖDDA');
  await expect(dialog.getByRole('button', { name: 'Spara' })).toBeDisabled();
  await expect(dialog.getByText(/Det finns redan ett tema som heter/)).toBeVisible();

  // Main says the same to a call that skips the dialog (here: the page's own session).
  test.skip(app.host !== 'web', 'The call goes through the devhost');
  const call = async (name: string, payload: unknown) =>
    (
      await page.request.post(new URL('/api/call', page.url()).href, { data: { name, payload } })
    ).json() as Promise<{
      ok: boolean;
      value?: { data: { themes: { id: string; name: string }[] } };
      error?: { code: string };
    }>;
  const opened = await call('project.current', {});
  const id = opened.value?.data.themes.find((theme) => theme.name === 'Skolans roll')?.id;
  expect(
    await call('themes.update', { id, patch: { name: 'unga och utrikesfödda' } }),
  ).toMatchObject({ ok: false, error: { code: 'themeNameTaken' } });
});

test('a parent theme counts its sub-themes, says so, and agrees with the matrix row', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Kodbok');
  const parent = row(page, 'Samverkan');
  await expect(parent).toContainText(/med underteman$/);
  const codings = Number((await parent.locator('.theme-counts').textContent())?.split(' ')[0]);
  // A leaf says nothing of sub-themes.
  await expect(row(page, 'Operativ samverkan')).not.toContainText('underteman');
  await parent.click();
  const panel = page.getByRole('complementary', { name: 'Samverkan' });
  await expect(panel).toContainText(/Direkt på temat: \d+ kodningar/);
  await screenshotFor(page, 'codebook-counts');

  await goTo(page, 'Analys');
  const matrixRow = page
    .locator('tr', { has: page.getByRole('rowheader', { name: /Samverkan$/ }) })
    .first();
  await expect(matrixRow.locator('td.matrix-total')).toHaveText(new RegExp(`^${codings} \\(`));
  expect(codings).toBeGreaterThan(0);
});

test.describe('codebook', () => {
  test('merge two themes (the codings follow), undo and redo, also after a restart', async ({
    app,
  }) => {
    const page = await app.start();
    await goTo(page, 'Kodbok');
    const tree = page.getByRole('list', { name: 'Teman' });
    const row = (name: string) => tree.getByRole('button', { name: new RegExp(`^⠿?${name}`) });
    await expect(row('Skolans roll')).toContainText('6 kodningar');
    await expect(row('Unga och utrikesfödda')).toContainText('10 kodningar');

    await row('Skolans roll').click();
    await page.getByRole('button', { name: 'Slå ihop med…' }).click();
    const dialog = page.getByRole('dialog', { name: /Slå ihop ”Skolans roll”/ });
    await chooseOption(dialog.getByLabel('Slå ihop med'), 'Unga och utrikesfödda');
    await expect(dialog).toContainText('6 kodningar flyttas till ”Unga och utrikesfödda”.');
    await dialog.getByRole('button', { name: 'Slå ihop', exact: true }).click();
    await saved(page);
    await expect(row('Skolans roll')).toHaveCount(0);
    await expect(row('Unga och utrikesfödda')).toContainText('16 kodningar');

    await page.getByRole('button', { name: 'Ångra' }).click();
    await saved(page);
    await expect(row('Skolans roll')).toContainText('6 kodningar');
    await expect(row('Unga och utrikesfödda')).toContainText('10 kodningar');
    await page.getByRole('button', { name: 'Gör om' }).click();
    await saved(page);
    await expect(row('Skolans roll')).toHaveCount(0);

    // The history survives a restart: undo and redo still work on the reopened project.
    await app.restart();
    const again = app.page;
    await reopenDemo(again);
    await goTo(again, 'Kodbok');
    const tree2 = again.getByRole('list', { name: 'Teman' });
    await expect(tree2.getByRole('button', { name: /Skolans roll/ })).toHaveCount(0);
    await again.getByRole('button', { name: 'Ångra' }).click();
    await saved(again);
    await expect(tree2.getByRole('button', { name: /Skolans roll/ })).toContainText('6 kodningar');
    await again.getByRole('button', { name: 'Gör om' }).click();
    await saved(again);
    await expect(tree2.getByRole('button', { name: /Skolans roll/ })).toHaveCount(0);
  });

  test('move themes with Alt + arrows (announced) and by drag and drop', async ({ app }) => {
    const page = await app.start();
    await goTo(page, 'Kodbok');
    const tree = page.getByRole('list', { name: 'Teman' });
    const names = () => tree.locator('.theme-name').allTextContents();
    const before = await names();
    expect(before.slice(0, 3)).toEqual(['Samverkan', 'Operativ samverkan', 'Strategiskt ägarskap']);

    await tree.getByRole('button', { name: /Operativ samverkan/ }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.getByRole('status').filter({ hasText: 'flyttades' })).toHaveText(
      '”Operativ samverkan” flyttades till plats 2 av 4 under ”Samverkan”.',
    );
    await expect(tree.getByRole('button', { name: /Operativ samverkan/ })).toBeFocused();
    expect((await names()).slice(0, 3)).toEqual([
      'Samverkan',
      'Strategiskt ägarskap',
      'Operativ samverkan',
    ]);
    // Out one level: a top-level theme right after its old parent.
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(page.getByRole('status').filter({ hasText: 'flyttades' })).toContainText(
      'bland huvudteman',
    );
    await saved(page);
    await page.keyboard.press('Control+z');
    await saved(page);
    await expect(page.locator('.theme-item', { hasText: 'Operativ samverkan' })).toHaveAttribute(
      'style',
      /padding-inline-start: 1\.5rem/,
    );

    // Drag "Projektkultur" onto "Insatser": it becomes its last sub-theme.
    const source = tree.getByRole('button', { name: /^⠿?Projektkultur/ });
    const target = tree.getByRole('button', { name: /^⠿?Insatser/ });
    await source.dragTo(target);
    await saved(page);
    const order = await names();
    expect(order.indexOf('Projektkultur')).toBe(order.indexOf('Unga och utrikesfödda') + 1);
    await expect(page.locator('.theme-item', { hasText: 'Projektkultur' })).toHaveAttribute(
      'style',
      /padding-inline-start: 1\.5rem/,
    );
  });
});
