import type { Shape } from './sv';
import type { svDownloads } from './sv-downloads';

/** English messages of outputs saved in the browser fallback (see sv-downloads.ts). */
export const enDownloads: Shape<typeof svDownloads> = {
  outputDownload: {
    excel: 'Download Excel report',
    excelDone: 'The report was downloaded as',
    sheets: 'Download the sheets (HTML)',
    sheetsBusy: 'Making the sheets…',
    sheetsDone:
      'The sheets were downloaded as {{fileName}}. Open the file in a browser to print it.',
    where:
      'The browser saves the file among your downloads, or asks where if you have set it to. If a file of that name exists, the browser asks or gives the new one a name of its own – nothing is overwritten silently.',
    pdfHint: 'To save a PDF: choose Print… and then “Save as PDF” in the print dialog.',
  },
};
