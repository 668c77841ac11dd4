/**
 * Swedish messages of the Quotes and Search views and their place in the navigation. Spread into `sv`; `en-quotes-search.ts` must hold the same keys.
 */
export const svQuotesSearch = {
  workbenchNav: {
    quotes: 'Citat',
    search: 'Sök',
  },
  quotes: {
    heading: 'Citat',
    intro:
      'Alla kodade citat för ett tema, i sitt sammanhang. Avgränsa med fall, källtyp, respondentens roll, ett fallattribut eller värdering.',
    filters: 'Filtrera citat',
    theme: 'Tema',
    anyTheme: 'Alla teman',
    includeSubthemes: 'Med underteman',
    case: 'Fall',
    kind: 'Källtyp',
    role: 'Respondentens roll',
    anyRole: 'Alla roller',
    attribute: 'Fallattribut',
    anyAttribute: 'Alla värden',
    valence: 'Värdering',
    anyValence: 'Alla värderingar',
    count_one: '{{figure}} citat',
    count_other: '{{figure}} citat',
    none: 'Inga citat matchar filtret.',
    noCodings: 'Inga kodningar ännu. Koda text i en källa så samlas citaten här.',
    show: 'Visa i texten',
  },
  search: {
    heading: 'Sök',
    intro:
      'Sök i alla källor. Du kan välja om stora och små bokstäver ska skiljas åt, om å, ä och ö ska hittas av a och o, om bara hela ord ska träffas och om frågan är ett reguljärt uttryck. Alla träffar kan sedan kodas med ett tema på en gång.',
    formLabel: 'Sök i källorna',
    query: 'Sök efter',
    submit: 'Sök',
    options: 'Sökalternativ',
    option: {
      caseSensitive: 'Skiftlägeskänslig',
      foldDiacritics: 'å = a',
      wholeWord: 'Hela ord',
      regex: 'Reguljärt uttryck',
    },
    optionHint: {
      caseSensitive: '”Samverkan” hittar inte ”samverkan”',
      foldDiacritics: '”a” hittar även å och ä, ”o” även ö',
      wholeWord: '”stöd” hittar inte ”stödet”',
      regex: 'Frågan tolkas som ett reguljärt uttryck (JavaScript), t.ex. företag(et|en)?',
    },
    badRegex:
      'Det reguljära uttrycket går inte att använda ({{detail}}). Rätta det, eller slå av Reguljärt uttryck.',
    searching: 'Söker…',
    noHits: 'Inga träffar för ”{{query}}”.',
    summary_one: '{{figure}} träff för ”{{query}}” {{inSources}}.',
    summary_other: '{{figure}} träffar för ”{{query}}” {{inSources}}.',
    inSources_one: 'i {{figure}} källa',
    inSources_other: 'i {{figure}} källor',
    truncated: 'De första {{shown}} visas.',
    unreadable_one: '{{figure}} källa söktes inte, eftersom dess text saknas eller har ändrats.',
    unreadable_other:
      '{{figure}} källor söktes inte, eftersom deras text saknas eller har ändrats.',
    unknownSource: 'Okänd källa',
    show: 'Visa i texten',
    codeAll: 'Koda alla träffar…',
    codeTitle: 'Koda alla träffar',
    codeTheme: 'Tema',
    alreadyCoded_one: '{{count}} är redan kodad med temat och hoppas över.',
    alreadyCoded_other: '{{count}} är redan kodade med temat och hoppas över.',
    doneNote: '(redan kodad)',
    selectAll: 'Markera alla',
    selectNone: 'Avmarkera alla',
  },
};
