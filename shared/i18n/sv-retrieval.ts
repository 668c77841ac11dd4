/**
 * Swedish messages of reading quotes closely: the places where two themes meet (opened from the
 * co-occurrence table) and copying a quote with where it comes from. Spread into `sv`;
 * `en-retrieval.ts` must hold the same keys.
 */
export const svRetrieval = {
  coPlaces: {
    and: 'och',
    open: '{{a}} och {{b}}, {{times}} gånger. Visa ställena.',
    loading: 'Hämtar ställena…',
    paragraph_one: '{{figure}} ställe där temana kodats i samma stycke',
    paragraph_other: '{{figure}} ställen där temana kodats i samma stycke',
    overlap_one: '{{figure}} ställe där kodningarna överlappar',
    overlap_other: '{{figure}} ställen där kodningarna överlappar',
    hint: 'Välj ett antal för att läsa ställena där temana möts.',
  },
  quoteCopy: {
    copy: 'Kopiera med källa',
    copyOf: 'Kopiera citatet ”{{snippet}}” med källa',
    copied: 'Citatet kopierades med källa.',
    failed:
      'Citatet kunde inte kopieras: webbläsaren tillät inte urklipp. Markera texten och kopiera den med Ctrl+C.',
  },
};
