/**
 * English messages about paged documents (PDF sources): what an import of one left out, and its
 * pages. Spread into `en`; `sv-documents.ts` must hold the same keys.
 */
export const enDocuments = {
  pdfImport: {
    pages_one: '{{count}} page',
    pages_other: '{{count}} pages',
    runningLines: 'Left out as running headers and footers: {{lines}}',
  },
};
