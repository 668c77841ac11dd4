import { expect, test } from './support/fixtures';
import { goTo, openTab } from './support/views';
import { screenshotFor } from './support/screenshots';

test('dates, numbers and domain words follow the interface language', async ({ app }) => {
  const page = await app.start();
  const firstSource = page.getByRole('row', { name: /Intervju med projektledaren i Härnösand/ });
  await expect(firstSource).toContainText('2012-03-14');

  await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(firstSource).toContainText('14 Mar 2012');
  await expect(firstSource).toContainText('Interview');
  await screenshotFor(page, 'sources-in-english');

  await goTo(page, 'Cases');
  await page.getByRole('button', { name: 'Härnösand', exact: true }).click();
  const detail = page.getByRole('main');
  await expect(detail).toContainText('1,200 st');
  await expect(detail).toContainText('Projektstart: 1 Dec 2010');
  await expect(detail).toContainText('Slutredovisning Härnösand, maj 2012, 30 May 2012');

  await goTo(page, /^Findings & recommendations/);
  await openTab(page, /^Evaluation questions/);
  await expect(page.getByText('Effectiveness').first()).toBeVisible();

  await page
    .getByRole('group', { name: 'Language' })
    .getByRole('button', { name: 'Svenska' })
    .click();
  await goTo(page, 'Fall');
  await page.getByRole('button', { name: 'Härnösand', exact: true }).click();
  await expect(page.getByRole('main')).toContainText('Projektstart: 2010-12-01');
  await expect(page.getByRole('main')).toContainText('1 200 st');
  await expect(page.getByRole('main')).toContainText(
    'Slutredovisning Härnösand, maj 2012, 2012-05-30',
  );
});
