import { join } from 'node:path';
import { readXlsx, sheetNamed } from '../helpers/openpyxl';
import { writeSyntheticProject } from '../helpers/synthetic-project';
import { expect, test } from './support/fixtures';
import { goTo } from './support/views';

/** What the page saw of the export's progress bar, recorded by a MutationObserver. */
interface ProgressSeen {
  /** A determinate bar strictly between empty and full, with its label and text. */
  between: { value: number; max: number; label: string; text: string } | null;
  /** Every value the determinate bar showed, in order. */
  values: number[];
}

const CODINGS = 20_000;

test('a large Excel export shows a determinate progress bar while it writes, then reads back whole', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const dir = join(app.workDir, 'Stort projekt.fynd');
  await writeSyntheticProject(dir, { cases: 20, sourcesPerCase: 5, codings: CODINGS });
  const page = await app.start({ project: dir });
  await goTo(page, 'Rapporter');
  const report = page.getByRole('region', { name: 'Excelrapport' });
  const path = join(app.workDir, 'stor.xlsx');

  // Watch every change to the page from before the click: the bar may come and go quickly.
  await page.evaluate(() => {
    const seen: ProgressSeen = { between: null, values: [] };
    Object.assign(window, { progressSeen: seen });
    const look = () => {
      for (const bar of document.querySelectorAll('progress')) {
        if (!bar.hasAttribute('value')) continue;
        if (seen.values.at(-1) !== bar.value) seen.values.push(bar.value);
        if (!seen.between && bar.value > 0 && bar.value < bar.max) {
          const labelId = bar.getAttribute('aria-labelledby') ?? '';
          const textId = bar.getAttribute('aria-describedby') ?? '';
          seen.between = {
            value: bar.value,
            max: bar.max,
            label: document.getElementById(labelId)?.textContent ?? '',
            text: document.getElementById(textId)?.textContent ?? '',
          };
        }
      }
    };
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['value', 'max'],
    });
  });

  await app.saveOutput(path, () =>
    report.getByRole('button', { name: /^(Spara|Hämta) Excelrapport/ }).click(),
  );
  await expect(report.getByText(/^Rapporten (sparades|hämtades)/)).toBeVisible({
    timeout: 60_000,
  });
  await expect(report.getByRole('status')).toContainText(/Citat · 20\s000 rader/); // Swedish groups digits with a space;
  await expect(report.getByRole('progressbar')).toHaveCount(0);

  const seen = await page.evaluate(
    () => (window as unknown as { progressSeen: ProgressSeen }).progressSeen,
  );
  expect(seen.between, `values seen: ${seen.values.join(', ')}`).not.toBeNull();
  const between = seen.between as NonNullable<ProgressSeen['between']>;
  expect(between.max).toBeGreaterThan(CODINGS);
  expect(between.label).toBe('Skapar rapporten…');
  expect(between.text.replace(/\s/g, ' ')).toMatch(/^Skriver rad [\d ]+ av [\d ]+ \(\d{1,2} %\)$/);
  expect(seen.values).toEqual([...seen.values].sort((a, b) => a - b));

  const book = await readXlsx(path);
  expect(sheetNamed(book, 'Citat').maxRow - 1).toBe(CODINGS);
});
