/**
 * Swedish messages about paged documents (PDF sources): what an import of one left out, and its
 * pages, and the Word report. Spread into `sv`; `en-documents.ts` must hold the same keys.
 */
export const svDocuments = {
  wordReport: {
    heading: 'Word-rapport',
    intro:
      'Ett utkast till utvärderingsrapporten att redigera i Word eller LibreOffice: titelsida, innehållsförteckning, metod, ett kapitel per utvärderingsfråga med slutsatser, evidens och de bästa citaten, rekommendationerna med ledningens svar och, som bilagor, matrisen tema × fall och kodboken. Rubriker och citat har Words egna formatmallar, så rapporten kan formges om på ett ställe.',
    fileName: 'rapportutkast',
    save: 'Spara Word-rapport…',
    download: 'Hämta Word-rapport',
    busy: 'Skapar Word-rapporten…',
    done: 'Word-rapporten sparades:',
    downloaded: 'Word-rapporten hämtades som',
  },
  pdfImport: {
    pages_one: '{{count}} sida',
    pages_other: '{{count}} sidor',
    runningLines: 'Utelämnat som sidhuvud och sidfot: {{lines}}',
  },
};
