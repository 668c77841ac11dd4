import { execFile } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './support/fixtures';
import { demoRealNames, demoRecommendationTitles, goTo } from './support/conclusions';

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
