import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type FyndApp } from './support/fixtures';
import { goTo, saved } from './support/views';
import { screenshotFor } from './support/screenshots';

/** The start screen's list of recent projects. */
const recentList = (page: Page) => page.getByRole('region', { name: 'Senaste projekt' });

const closeProject = async (page: Page) => {
  await page.getByRole('button', { name: 'Stäng projekt' }).click();
  await expect(recentList(page)).toBeVisible();
};

async function addCase(page: Page, name: string): Promise<void> {
  await goTo(page, 'Fall');
  await page.getByRole('button', { name: 'Lägg till fall' }).click();
  await page.getByLabel('Namn').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Lägg till fall' }).click();
  await saved(page);
}

async function expectCase(page: Page, name: string, count: number): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Källor' })).toBeVisible();
  await goTo(page, 'Fall');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(count);
}

/** Creates an empty project from the start screen, then closes it again. */
async function createProject(app: FyndApp, name: string, dir: string): Promise<void> {
  const page = app.page;
  await page.getByRole('button', { name: 'Nytt projekt' }).click();
  await page.getByLabel('Namn').fill(name);
  await app.chooseFolder(dir);
  await page.getByRole('button', { name: 'Skapa projekt' }).click();
  await closeProject(page);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('Open the demo reopens the copy with its edits; Start over asks, and the old copy stays in Recent with its edit', async ({
  app,
}) => {
  const page = await app.start();
  await addCase(page, 'Mitt eget fall');

  await app.restart();
  const again = app.page;
  await again.getByRole('button', { name: 'Öppna demoprojekt' }).click();
  await expectCase(again, 'Mitt eget fall', 1);

  await closeProject(again);
  await again.getByRole('button', { name: 'Börja om med demot…' }).click();
  const dialog = again.getByRole('dialog', { name: 'Börja om med demoprojektet?' });
  await expect(dialog).toContainText('ligger kvar i sin mapp och finns kvar under Senaste projekt');
  const kept = dialog.getByTestId('kept-demo-copy');
  await expect(kept).toHaveText(/Kompetenslyftet-.*\.fynd$/);
  const oldDir = (await kept.textContent()) ?? '';
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await screenshotFor(again, 'start-over-confirm');
  await dialog.getByRole('button', { name: 'Börja om', exact: true }).click();
  await expectCase(again, 'Mitt eget fall', 0);

  await closeProject(again);
  const copies = await readdir(join(app.workDir, 'user-data', 'demo'));
  expect(copies).toHaveLength(2);
  const oldEntry = recentList(again).getByRole('button', { name: new RegExp(escaped(oldDir)) });
  await oldEntry.click();
  await expectCase(again, 'Mitt eget fall', 1);
});

test('a recent project whose folder has gone says so and comes off the list by keyboard; one that goes between list and click says the same', async ({
  app,
}) => {
  const page = await app.start();
  await closeProject(page);
  const moved = join(app.workDir, 'Flyttat.fynd');
  const soon = join(app.workDir, 'Snart.fynd');
  await createProject(app, 'Flyttat projekt', moved);
  await createProject(app, 'Försvinner snart', soon);
  await rm(moved, { recursive: true });

  await app.restart();
  const again = app.page;
  const list = recentList(again);
  await expect(list).toContainText(`Mappen finns inte längre: ${moved}`);
  await expect(list.getByRole('button', { name: /Flyttat projekt/ })).toHaveCount(0);
  await screenshotFor(again, 'start-missing-recent');

  // Tab from the entry above reaches the entry's own, labelled removal button.
  const forget = list.getByRole('button', { name: 'Ta bort från listan' });
  await list.getByRole('button', { name: /Försvinner snart/ }).focus();
  await again.keyboard.press('Tab');
  await expect(forget).toBeFocused();
  await again.keyboard.press('Enter');
  await expect(list).not.toContainText('Flyttat projekt');
  await expect(list.getByRole('button', { name: /Kompetenslyftet/ })).toBeFocused();

  await rm(soon, { recursive: true });
  await list.getByRole('button', { name: /Försvinner snart/ }).click();
  const banner = again.getByRole('alert');
  await expect(banner).toContainText(`Mappen finns inte längre: ${soon}`);
  await banner.getByRole('button', { name: 'Ta bort från listan' }).click();
  await expect(banner).toHaveCount(0);
  await expect(list).not.toContainText('Försvinner snart');
  await expect(list.getByRole('button', { name: /Kompetenslyftet/ })).toBeVisible();
});

test('a damaged demo copy is reported with its folder, never replaced; backups and starting over are offered', async ({
  app,
}) => {
  const page = await app.start();
  await closeProject(page);
  const demo = join(app.workDir, 'user-data', 'demo');
  const [copy = ''] = await readdir(demo);
  await writeFile(join(demo, copy, 'project.json'), '{"format":"fynd", avbruten');

  await page.getByRole('button', { name: 'Öppna demoprojekt' }).click();
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Din kopia av demoprojektet kunde inte öppnas.');
  await expect(banner).toContainText(join(demo, copy));
  await expect(banner.getByRole('button', { name: /Återställ säkerhetskopia/ })).not.toHaveCount(0);
  await screenshotFor(page, 'start-demo-damaged');
  expect(await readdir(demo)).toEqual([copy]);

  await banner.getByRole('button', { name: 'Börja om med demot…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Börja om med demoprojektet?' });
  await expect(dialog.getByTestId('kept-demo-copy')).toHaveText(join(demo, copy));
  await dialog.getByRole('button', { name: 'Börja om', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Källor' })).toBeVisible();
  expect(await readdir(demo)).toHaveLength(2);
});
