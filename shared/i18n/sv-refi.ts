/**
 * Swedish messages of REFI-QDA interchange (projects from NVivo, ATLAS.ti, MAXQDA, QualCoder):
 * the import report, printed by the command line and kept in the project as a memo. Spread into
 * `sv`; `en-refi.ts` must hold the same keys.
 */
export const svRefi = {
  refiImport: {
    project: 'Projekt ”{{name}}” från {{origin}}',
    unknownOrigin: 'ett okänt program',
    coders: 'Kodare: {{count}} ({{names}})',
    themes: 'Teman: {{count}}',
    sources: 'Källor: {{count}} ({{attributes}} attribut)',
    codings: 'Kodningar: {{count}}',
    memos: 'Memon: {{count}}',
    cases: 'Fall: {{count}} ({{attributes}} attribut)',
    coderGuid:
      'Kodaren ”{{name}}” har GUID {{guid}} i {{origin}} (Fynd sparar kodarens namn och GUID).',
    convention:
      '”{{source}}”: positionerna lästa som {{units}}{{crlf}}{{bom}}; {{onWords}} av {{count}} kodade avsnitt börjar och slutar vid ordgräns.',
    unitsUtf16: 'UTF-16-enheter (som NVivo)',
    unitsCodepoints: 'kodpunkter (som QualCoder)',
    unitsSame:
      'tecken (texten har inga tecken utanför BMP, så UTF-16-enheter och kodpunkter är samma)',
    crlf1: ', CR LF som en position',
    crlf2: ', CR LF som två positioner',
    bomCounted: ', BOM räknad',
    bomNotCounted: ', BOM inte räknad',
    undecided:
      '”{{source}}”: texten skiljer inte konventionerna åt lika bra; den troligaste användes.',
    fromDocx: '”{{source}}”: filen har ingen ren text, texten togs från Worddokumentet ({{path}}).',
    external: '”{{source}}” lästes från {{path}}, utanför arkivet.',
    sourceMissing:
      '”{{source}}” importerades inte: textfilen {{path}} saknas (kodade avsnitt: {{selections}}).',
    sourceUnreadable: '”{{source}}” importerades inte: {{reason}}',
    selectionUnfit:
      '”{{source}}”: avsnittet {{name}} ({{start}}–{{end}}) passar ingen positionskonvention och importerades inte.',
    selectionsAdjusted:
      '”{{source}}”: avsnittsgränser som låg mitt i ett tecken (en bokstav och dess accent, CR LF) flyttades ut till hela tecknet: {{count}}.',
    selectionsUncoded: 'Avsnitt utan kod, inte importerade som kodningar: {{count}}.',
    unknownCodes: 'Kodningar med en kod som inte finns i kodboken, inte importerade: {{count}}.',
    otherSource:
      'Inte importerad: {{kind}} ”{{name}}” (kodade avsnitt: {{selections}}; Fynd rymmer bara text).',
    kindPdf: 'PDF-källan',
    kindPicture: 'bildkällan',
    kindAudio: 'ljudkällan',
    kindVideo: 'videokällan',
    links: 'Inte importerat: länkar mellan objekt ({{count}}).',
    graphs: 'Inte importerat: grafer ({{count}}).',
    setCarried:
      'Mängden ”{{name}}” blev ja/nej-attributet ”{{name}}” på sina källor ({{count}}); övriga källor har inte attributet.',
    setNoSources:
      'Mängden ”{{name}}” kom inte med: ingen av dess källor ({{count}}) kunde importeras.',
    setKeyTaken:
      'Mängden ”{{name}}” lades inte på källor som redan har ett attribut med det namnet: {{sources}}.',
    codeSet:
      'Mängden ”{{name}}” (koder: {{count}}) kom inte med: Fynd har inga mängder av teman. Dess koder: {{members}}.',
    notCodable:
      'Grupperingar (inte kodbara) i {{origin}}, grupperingar i Fynd också: de kan inte väljas vid kodning ({{count}}): {{names}}.',
    themeRenamed: 'Två teman på samma nivå hette ”{{name}}”; det andra heter nu ”{{renamed}}”.',
    caseConflict: '”{{source}}” hör till flera fall ({{cases}}); den lades i ”{{chosen}}”.',
    unknownVariable: 'Variabelvärden med en variabel som inte finns, inte importerade: {{count}}.',
    unsafeEntries: 'Poster i arkivet med osäkra namn, aldrig lästa ({{count}}): {{names}}.',
    truncated: '”{{name}}”: texten var längre än Fynd rymmer och kortades.',
    summary:
      'Importerat: källor {{sources}}, kodningar {{codings}}, teman {{themes}}. Kunde inte tas med: {{notImported}} (se ovan).',
    summaryAll:
      'Importerat: källor {{sources}}, kodningar {{codings}}, teman {{themes}}. Allt kom med.',
    memoTitle: 'Import från {{origin}}',
    descriptionTitle: 'Beskrivning från {{origin}}',
    noteTitle: 'Anteckning',
    wroteProject: 'Skrev projektet till {{dir}}',
    opened:
      'Projektet från {{origin}} är importerat: källor {{sources}}, kodningar {{codings}}, teman {{themes}}. Kunde inte tas med: {{notImported}}. Hela rapporten finns bland projektets memon (”Import från {{origin}}”).',
  },
  importForm: {
    title: 'Öppna ett projekt från ett annat program',
    intro:
      'Ett REFI-QDA-projekt (.qdpx) från NVivo, ATLAS.ti, MAXQDA eller QualCoder blir ett nytt Fynd-projekt. Det du importerar från ändras inte.',
    file: 'Projektfil (.qdpx)',
    fileHint: 'Hela sökvägen till filen, t.ex. /Users/anna/Exporter/projekt.qdpx',
    submit: 'Importera och öppna',
  },
  refiExport: {
    wrote:
      'Skrev {{path}}: källor {{sources}}, kodningar {{codings}}, teman {{themes}}; positioner i {{units}}.',
    wroteCodebook: 'Skrev kodboken till {{path}}: teman {{themes}}.',
    unitsUtf16: 'UTF-16-enheter (för NVivo)',
    unitsCodepoints: 'kodpunkter (för QualCoder)',
    notSeen:
      'Andra program ser inte: värderingar {{valences}}, slutsatser {{findings}}, rekommendationer {{recommendations}}, utvärderingsfrågor {{questions}}, indikatorer {{indicators}}. De följer med i anteckningen ”Fynd”, som Fynd läser tillbaka.',
    badOffsets: '--offsets ska vara utf16 eller codepoints.',
    badOut: '--out ska sluta på .qdpx (hela projektet) eller .qdc (kodboken).',
  },
  refiCodebook: {
    added: 'Nya teman från kodboken under {{parent}}: {{count}}.',
    top: 'översta nivån',
    existing: 'Fanns redan på samma nivå och lades inte till igen ({{count}}): {{names}}.',
    noParent: 'Det finns inget tema som heter ”{{name}}”; inget importerades.',
  },
};
