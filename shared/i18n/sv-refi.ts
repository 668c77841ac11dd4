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
    sources: 'Källor: {{count}}',
    codings: 'Kodningar: {{count}}',
    memos: 'Memon: {{count}}',
    cases: 'Fall: {{count}} ({{attributes}} attribut)',
    coderGuid: 'Kodaren ”{{name}}” har GUID {{guid}} i {{origin}} (Fynd sparar kodarens namn).',
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
      '”{{source}}” importerades inte: textfilen {{path}} saknas ({{selections}} kodade avsnitt).',
    sourceUnreadable: '”{{source}}” importerades inte: {{reason}}',
    selectionUnfit:
      '”{{source}}”: avsnittet {{name}} ({{start}}–{{end}}) passar ingen positionskonvention och importerades inte.',
    selectionsAdjusted:
      '”{{source}}”: {{count}} avsnittsgränser låg mitt i ett tecken (en bokstav och dess accent, CR LF) och flyttades ut till hela tecknet.',
    selectionsUncoded: '{{count}} avsnitt utan kod importerades inte som kodningar.',
    unknownCodes:
      '{{count}} kodningar pekar på en kod som inte finns i kodboken och importerades inte.',
    otherSource:
      'Inte importerad: {{kind}} ”{{name}}” med {{selections}} kodade avsnitt (Fynd rymmer bara text).',
    kindPdf: 'PDF-källan',
    kindPicture: 'bildkällan',
    kindAudio: 'ljudkällan',
    kindVideo: 'videokällan',
    links: 'Inte importerat: {{count}} länkar mellan objekt.',
    graphs: 'Inte importerat: {{count}} grafer.',
    set: 'Mängden ”{{name}}” ({{count}} källor) har ingen motsvarighet i Fynd (källor har inga attribut); dess källor: {{members}}.',
    codeSet:
      'Mängden ”{{name}}” ({{count}} koder) har ingen motsvarighet i Fynd; dess koder: {{members}}.',
    notCodable:
      'Bara grupperingar (inte kodbara) i {{origin}}, vanliga teman i Fynd ({{count}}): {{names}}.',
    themeRenamed: 'Två teman på samma nivå hette ”{{name}}”; det andra heter nu ”{{renamed}}”.',
    sourceValues:
      '”{{source}}”: {{count}} variabelvärden på själva källan (Fynd har attribut på fall): {{values}}.',
    caseConflict: '”{{source}}” hör till flera fall ({{cases}}); den lades i ”{{chosen}}”.',
    unknownVariable:
      '{{count}} variabelvärden pekar på en variabel som inte finns och importerades inte.',
    unsafeEntries: '{{count}} poster i arkivet med osäkra namn lästes aldrig: {{names}}.',
    truncated: '”{{name}}”: texten var längre än Fynd rymmer och kortades.',
    summary:
      'Importerade {{sources}} källor, {{codings}} kodningar och {{themes}} teman; {{notImported}} saker kunde inte tas med (se ovan).',
    summaryAll:
      'Importerade {{sources}} källor, {{codings}} kodningar och {{themes}} teman; allt kom med.',
    memoTitle: 'Import från {{origin}}',
    descriptionTitle: 'Beskrivning från {{origin}}',
    noteTitle: 'Anteckning',
    wroteProject: 'Skrev projektet till {{dir}}',
  },
};
