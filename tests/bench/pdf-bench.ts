import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importFile } from '../../main/services/import/import-file';
import { paragraphsHtml, printedPdf } from '../helpers/pdf-fixture';
import { median, peakRssMb, round } from './measure';

/** What importing a long PDF costs, beside poppler's pdftotext reading the same file. */
export interface PdfBench {
  pages: number;
  megabytes: number;
  fyndMsPerPage: number;
  pdftotextMsPerPage: number;
  /** How far the process's peak memory rose while importing (run before anything larger). */
  peakRssGrowthMb: number;
}

const paragraph = (n: number) =>
  `Stycke ${n}. Kommunernas samverkan kring kompetensförsörjning har stärkts under projektets gång, och näringslivsutvecklarna i Ånge, Härnösand och Örnsköldsvik beskriver hur företagsbesöken gav en gemensam bild av behoven. Flera av de intervjuade lyfter fram att utvärde\u00adringen kom tidigt nog för att påverka arbetet.`;

/**
 * A generated PDF of `pages` pages (Chromium prints it, running header and footer on each
 * page), imported as the app does: the median of three runs, per page.
 */
export async function pdfImportBench(root: string, pages: number): Promise<PdfBench> {
  // Six such paragraphs fit on an A4 page at 12 pt; each page's last one breaks the page.
  const html = Array.from(
    { length: pages },
    (_, page) =>
      `<div style="break-after:page">${paragraphsHtml(Array.from({ length: 6 }, (_, i) => paragraph(page * 6 + i + 1)))}</div>`,
  ).join('\n');
  const bytes = await printedPdf({
    html,
    header: 'Kompetenslyftet – slutrapport',
    footer: 'Sida {page} av {pages}',
  });
  const file = join(root, 'bench.pdf');
  await writeFile(file, bytes);
  const counted = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
  );
  const peakBefore = peakRssMb();
  const fyndMs = await median(3, async () => {
    const imported = await importFile('bench.pdf', bytes);
    if ((imported.pages?.length ?? 0) !== counted) throw new Error('pages lost');
  });
  const popplerMs = await median(3, async () => {
    execFileSync('pdftotext', [file, join(root, 'bench.txt')]);
  });
  return {
    pages: counted,
    megabytes: round(bytes.length / (1024 * 1024)),
    fyndMsPerPage: round(fyndMs / counted),
    pdftotextMsPerPage: round(popplerMs / counted),
    peakRssGrowthMb: peakRssMb() - peakBefore,
  };
}
