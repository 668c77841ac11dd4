/**
 * Swedish messages of outputs saved in the browser fallback, which hands each file to the browser
 * as a download (Electron saves through the native dialog). Spread into `sv`; `en-downloads.ts`
 * must hold the same keys.
 */
export const svDownloads = {
  outputDownload: {
    excel: 'Hämta Excelrapport',
    excelDone: 'Rapporten hämtades som',
    sheets: 'Hämta bladen (HTML)',
    sheetsBusy: 'Skapar bladen…',
    sheetsDone:
      'Bladen hämtades som {{fileName}}. Öppna filen i en webbläsare för att skriva ut den.',
    where:
      'Webbläsaren sparar filen bland dina hämtade filer, eller frågar var om du ställt in det. Finns redan en fil med samma namn frågar webbläsaren eller ger den nya ett eget namn – inget skrivs över i tysthet.',
    pdfHint: 'Spara som PDF: välj Skriv ut… och sedan ”Spara som PDF” i utskriftsdialogen.',
  },
};
