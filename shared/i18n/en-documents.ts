/**
 * English messages about paged documents (PDF sources): what an import of one left out, and its
 * pages, and the Word report. Spread into `en`; `sv-documents.ts` must hold the same keys.
 */
export const enDocuments = {
  wordReport: {
    heading: 'Word report',
    intro:
      'A draft of the evaluation report to edit in Word or LibreOffice: title page, table of contents, method, a chapter per evaluation question with its findings, evidence and best quotes, the recommendations with the management response and, as appendices, the theme × case matrix and the codebook. Headings and quotes use Word’s own styles, so the report can be restyled in one place.',
    fileName: 'report draft',
    save: 'Save Word report…',
    download: 'Download Word report',
    busy: 'Writing the Word report…',
    done: 'The Word report was saved:',
    downloaded: 'The Word report was downloaded as',
  },
  pdfImport: {
    pages_one: '{{count}} page',
    pages_other: '{{count}} pages',
    runningLines: 'Left out as running headers and footers: {{lines}}',
  },
};
