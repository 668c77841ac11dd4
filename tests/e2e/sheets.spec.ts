import { execFile } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './support/fixtures';
import { demoRealNames, demoRecommendationTitles } from './support/demo';
import { goTo, openTab } from './support/views';
import { screenshotFor } from './support/screenshots';

const run = promisify(execFile);
/** Text without white space and soft hyphens: a PDF breaks lines where it likes. */
const squash = (text: string) => text.replace(/[\s\u00ad]+/g, '');

/** The text of every quote (and finding statement) in a sheets document. */
function quotesOf(html: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<blockquote class="quote">\s*<p>([\s\S]*?)<\/p>/g)].map((m) =>
    decode(m[1] ?? '').replace(/^[”"]|[”"]$/g, ''),
  );
}

test('the demo sheets render to one A4 page each, with every title and quote and no real name', async ({
  app,
}) => {
  const page = await app.start();
  await goTo(page, 'Rapporter');
  const sheets = page.getByRole('region', { name: 'Rekommendationsblad' });
  await expect(sheets.getByText('3 av 3 valda')).toBeVisible();
  await sheets.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.frameLocator('[data-testid="sheets-preview"]');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveCount(3);
  const html = (await page.getByTestId('sheets-preview').getAttribute('srcdoc')) ?? '';
  const quotes = quotesOf(html);
  expect(quotes.length).toBeGreaterThanOrEqual(3);

  const printPage = await page.context().newPage();
  await printPage.setContent(html);
  const pdf = join(app.workDir, 'rekommendationsblad.pdf');
  await printPage.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await printPage.close();

  const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-']);
  const flat = squash(text);
  for (const title of demoRecommendationTitles) expect(flat).toContain(squash(title));
  for (const quote of quotes) expect(flat).toContain(squash(quote));
  for (const name of demoRealNames) {
    expect(text).not.toContain(name);
    expect(text).not.toContain(name.split(' ').at(-1));
  }
  const { stdout: info } = await run('pdfinfo', [pdf]);
  expect(info).toMatch(new RegExp(`^Pages:\\s+${demoRecommendationTitles.length}$`, 'm'));

  // Pictures of the pages, to look at (kept with the test's output).
  await mkdir(test.info().outputDir, { recursive: true });
  const prefix = join(test.info().outputDir, 'sheet');
  await run('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
  const pictures = (await readdir(test.info().outputDir)).filter((f) => f.startsWith('sheet'));
  expect(pictures).toHaveLength(demoRecommendationTitles.length);
});

test('one sheet in English; print and PDF fall back to the browser', async ({ app }) => {
  const page = await app.start();
  await goTo(page, 'Rapporter');
  const sheets = page.getByRole('region', { name: 'Rekommendationsblad' });
  await sheets.getByRole('button', { name: 'Välj ingen' }).click();
  await expect(sheets.getByRole('button', { name: 'Förhandsgranska' })).toBeDisabled();
  await sheets.getByRole('checkbox', { name: /Bygg en gemensam bild/ }).check();
  await sheets.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.frameLocator('[data-testid="sheets-preview"]');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText([
    'Bygg en gemensam bild av kompetensförsörjningen',
  ]);

  // The preview follows the options.
  await sheets.getByLabel('Språk').selectOption({ label: 'English' });
  await expect(preview.getByRole('heading', { name: 'Rationale' })).toBeVisible();

  await sheets.getByRole('button', { name: 'Skriv ut…' }).click();
  await expect(sheets.getByRole('status')).toHaveText(
    'Webbläsarens utskriftsdialog öppnades för bladen.',
  );
  if (app.host === 'web') {
    // The browser's print dialog saves PDFs; the sheets also download as one HTML file.
    await expect(sheets.getByText(/^Spara som PDF: välj Skriv ut…/)).toBeVisible();
    await expect(sheets.getByRole('button', { name: 'Spara som PDF…' })).toHaveCount(0);
  }
});

test('line breaks typed in the rationale and the key actions stay, in the app and on the sheet', async ({
  app,
}) => {
  const rationale = 'Där ledningen drev frågan kom arbetet längre.\n\nPå andra håll stannade det.';
  const actions = '1. Utse en ansvarig chef\n2. Boka ett möte med kommunstyrelsen';
  const page = await app.start();
  await goTo(page, /^Slutsatser & rekommendationer/);
  await openTab(page, /^Rekommendationer/);
  await page.getByRole('button', { name: /^Engagera högre ledningsnivåer/ }).click();
  const editor = page.getByRole('region', { name: 'Rekommendation 1' });
  await editor.getByLabel('Motivering').fill(rationale);
  await editor.getByRole('button', { name: 'Registrera svar' }).click();
  await editor.getByRole('radio', { name: 'Avslagen' }).check();
  await editor.getByLabel('Åtgärder', { exact: true }).fill(actions);
  await editor.getByRole('button', { name: 'Klar' }).click();
  // innerText follows the CSS: collapsed white space would give one line.
  const shown = editor.getByRole('definition').filter({ hasText: 'Utse en ansvarig chef' });
  await expect(shown).toHaveJSProperty('innerText', actions);
  await expect(editor.getByText('Avslagen')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Sparat');
  await screenshotFor(editor, 'key-actions-in-app');

  await goTo(page, 'Rapporter');
  const sheets = page.getByRole('region', { name: 'Rekommendationsblad' });
  await sheets.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.frameLocator('[data-testid="sheets-preview"]');
  const first = preview.getByRole('region', { name: 'Rekommendation 1' });
  await expect(
    first.locator('.field-value', { hasText: 'Utse en ansvarig chef' }),
  ).toHaveJSProperty('innerText', actions);
  await expect(first.locator('p', { hasText: 'Där ledningen drev frågan' })).toHaveJSProperty(
    'innerText',
    rationale,
  );
  await expect(first.getByText('✕Avslagen')).toBeVisible();
  await screenshotFor(page.getByTestId('sheets-preview'), 'key-actions-on-sheet');
});
