import type { WebContents } from 'electron';
import { writeOutputFile } from '../services/output/atomic-output';

/* Printing and PDF export of what a window shows (the recommendation sheets' print view). */

export type PrintResult = { ok: true } | { ok: false; reason: string };

/**
 * Prints a page through the system print dialog. Resolves when the dialog is done; a cancelled
 * dialog is `{ ok: false, reason: 'cancelled' }`, not an error.
 */
export function printContents(contents: WebContents): Promise<PrintResult> {
  return new Promise((resolve) => {
    contents.print({ silent: false, printBackground: true }, (success, failureReason) =>
      resolve(success ? { ok: true } : { ok: false, reason: failureReason || 'failed' }),
    );
  });
}

/**
 * Renders a page to an A4 PDF and writes it durably (temp file, fsync, rename), so an interrupted
 * save leaves the old file or the new one, never half a PDF.
 */
export async function savePdf(contents: WebContents, path: string): Promise<void> {
  const pdf = await contents.printToPDF({ pageSize: 'A4', printBackground: true });
  await writeOutputFile(path, pdf);
}
