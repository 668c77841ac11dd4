/**
 * Swedish messages about paged documents (PDF sources): what an import of one left out, and its
 * pages. Spread into `sv`; `en-documents.ts` must hold the same keys.
 */
export const svDocuments = {
  pdfImport: {
    pages_one: '{{count}} sida',
    pages_other: '{{count}} sidor',
    runningLines: 'Utelämnat som sidhuvud och sidfot: {{lines}}',
  },
};
