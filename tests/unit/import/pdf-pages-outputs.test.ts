import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from '../../e2e/support/browser';
import { readXlsx, sheetNamed } from '../../helpers/openpyxl';
import { paragraphsHtml, printedPdf } from '../../helpers/pdf-fixture';
import { testSession } from '../../helpers/session';

const first = 'Styrgruppen beslutade att förlänga projektet till och med juni 2012.';
const second = 'Företagsbesöken var den mest uppskattade delen av Kompetenslyftet.';

/** A project with a two-page PDF whose page-2 sentence is coded, a finding and a recommendation. */
async function projectWithPdfQuote() {
  const t = await testSession();
  await t.call('project.create', { dir: join(t.root, 'p.fynd'), name: 'Sidor', language: 'sv' });
  const file = join(t.root, 'Protokoll.pdf');
  await writeFile(
    file,
    await printedPdf({
      html: paragraphsHtml([first]) + paragraphsHtml([second], 'break-before:page'),
      header: 'Styrgruppen',
      footer: 'Sida {page}',
    }),
  );
  const outcome = await t.call('sources.importFiles', {
    paths: [file],
    meta: { kind: 'document' },
  });
  const sourceId = outcome.results[0]?.ok ? outcome.results[0].id : '';
  const { text } = await t.call('sources.text', { id: sourceId });
  const start = Array.from(text).join('').indexOf(second);
  assert.ok(start > 0);
  const theme = await t.call('themes.add', { name: 'Företagsbesök' });
  const coding = await t.call('codings.add', {
    sourceId,
    start,
    end: start + second.length,
    themeIds: [theme.id ?? ''],
  });
  const finding = await t.call('findings.add', {
    statement: 'Företagsbesöken uppskattades.',
    codingIds: [coding.id ?? ''],
  });
  await t.call('recommendations.add', {
    title: 'Fortsätt besöken',
    findingIds: [finding.id ?? ''],
  });
  return t;
}

test('a PDF quote says its page in the Excel report (quotes sheet, findings) and on the printed sheets', async () => {
  const t = await projectWithPdfQuote();
  const xlsx = join(t.root, 'rapport.xlsx');
  await t.call('report.excel', { path: xlsx, language: 'sv' });
  const book = await readXlsx(xlsx, { cells: true });
  const quotes = sheetNamed(book, 'Citat');
  const page = quotes.header.indexOf('Sida');
  assert.equal(page, quotes.header.indexOf('Citat') + 1, 'the page stands beside the quote');
  assert.equal(quotes.rows?.[1]?.[page]?.v, 's.\u00a02');
  const findings = sheetNamed(book, 'Slutsatser');
  assert.match(String(findings.rows?.[1]?.at(-1)?.v), /Protokoll, s\.\u00a02$/);

  const englishXlsx = join(t.root, 'report.xlsx');
  await t.call('report.excel', { path: englishXlsx, language: 'en' });
  const english = sheetNamed(await readXlsx(englishXlsx, { cells: true }), 'Quotes');
  assert.equal(english.rows?.[1]?.[english.header.indexOf('Page')]?.v, 'p.\u00a02');

  // The sheets as a reader gets them: printed to PDF, read back by pdftotext.
  const { html } = await t.call('sheets.html', { language: 'sv' });
  const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumArgs });
  const pdfPath = join(t.root, 'blad.pdf');
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
  const printed = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  assert.match(printed, new RegExp(`”${second}” s\\. 2`));
});
