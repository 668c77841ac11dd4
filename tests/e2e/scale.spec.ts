import { join } from 'node:path';
import { writeProjectFolder } from '../../main/services/store/project-folder-writer';
import { benchProject } from '../bench/bench-project';
import { expect, test } from './support/fixtures';
import { goTo } from './support/views';

test('a large project stays usable: quotes come a page at a time, a wide matrix a page of columns at a time', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const dir = join(app.workDir, 'Stort projekt.fynd');
  // With transcripts, so every quote has its context.
  await writeProjectFolder(
    dir,
    benchProject({ sources: 120, wordsPerSource: 400, codings: 12_000, themes: 20, cases: 60 }),
  );
  const page = await app.start({ project: dir });

  await goTo(page, 'Citat');
  await expect(page.getByRole('status').filter({ hasText: 'citat' })).toHaveText(/^12\s000 citat$/);
  const items = page.locator('.quote-item');
  await expect(items).toHaveCount(200);
  await expect(page.getByText(/^Visar 200 av 12\s000$/)).toBeVisible();
  await page.getByRole('button', { name: 'Visa 200 till' }).click();
  await expect(items).toHaveCount(400);
  await expect(page.getByText(/^Visar 400 av 12\s000$/)).toBeVisible();

  await goTo(page, 'Analys');
  const pager = page.getByRole('group', { name: 'Kolumner att visa' });
  await expect(pager).toContainText('Kolumn 1–25 av 60');
  const header = page.locator('.matrix-table thead th.matrix-column-head:not(.matrix-total)');
  await expect(header).toHaveCount(25);
  await expect(header.first()).toHaveText('Kommun 1');
  await pager.getByRole('button', { name: /Nästa/ }).click();
  await expect(pager).toContainText('Kolumn 26–50 av 60');
  await expect(header.first()).toHaveText('Kommun 26');
  await pager.getByRole('button', { name: /Nästa/ }).click();
  await expect(pager).toContainText('Kolumn 51–60 av 60');
  await expect(header).toHaveCount(10);
  await expect(pager.getByRole('button', { name: /Nästa/ })).toBeDisabled();
  // A cell of the last page opens its quotes like any other.
  await page
    .getByRole('button', { name: /Kommun 60:/ })
    .first()
    .click();
  await expect(page.getByRole('complementary')).toContainText('Kommun 60');
});
