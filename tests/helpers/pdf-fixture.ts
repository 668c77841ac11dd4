import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from '../e2e/support/browser';

/** What a test PDF holds: its paragraphs, and the running header and footer on every page. */
export interface PrintedPdf {
  html: string;
  header?: string;
  /** "Sida {page} av {pages}"-style footer; {page} and {pages} become Chromium's counters. */
  footer?: string;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function band(text: string | undefined): string {
  if (!text) return '<span></span>';
  const filled = escape(text)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  return `<div style="font-size:9pt;width:100%;text-align:center">${filled}</div>`;
}

/**
 * A PDF as an office suite would make one: Chromium prints an HTML page to A4, with a running
 * header and footer on each page. Text in the PDF is what a reader of it sees.
 */
export async function printedPdf({ html, header, footer }: PrintedPdf): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html lang="sv"><body style="font-family:'DejaVu Serif',serif;font-size:12pt;margin:0">${html}</body></html>`,
    );
    const pdf = await page.pdf({
      format: 'A4',
      displayHeaderFooter: Boolean(header ?? footer),
      headerTemplate: band(header),
      footerTemplate: band(footer),
      margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

/** HTML paragraphs, each text escaped; `&shy;` in a text stays a soft hyphen. */
export function paragraphsHtml(paragraphs: readonly string[], style = ''): string {
  return paragraphs
    .map((p) => `<p style="${style}">${escape(p).replace(/&amp;shy;/g, '&shy;')}</p>`)
    .join('\n');
}
