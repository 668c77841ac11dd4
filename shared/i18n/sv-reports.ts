/**
 * Swedish messages of the Reports view: Excel report, recommendation sheets and the pseudonym
 * list. Spread into `sv`; `en-reports.ts` must hold the same keys.
 */
export const svReports = {
  reportsView: {
    intro:
      'Rapporter och utskrifter att lämna till beställaren. Riktiga namn i pseudonymlistan byts ut i allt som lämnar Fynd.',
    excelHeading: 'Excelrapport',
    excelIntro:
      'En arbetsbok med sammanfattning, kodbok, fall och indikatorer, tema × fall-matris, citat, slutsatser, rekommendationer med uppföljning och utvärderingsmatris.',
    excelFileName: 'utvärderingsrapport',
    parts: 'Blad i rapporten',
    part_summary: 'Sammanfattning',
    part_codebook: 'Kodbok',
    part_cases: 'Fall och indikatorer',
    part_matrix: 'Tema × fall-matris',
    part_quotes: 'Citat',
    part_agreement: 'Överensstämmelse mellan kodare',
    part_findings: 'Slutsatser',
    part_recommendations: 'Rekommendationer och uppföljning',
    part_evaluationMatrix: 'Utvärderingsmatris',
    noParts: 'Välj minst ett blad.',
    scope_cases: 'Fall',
    scope_themes: 'Teman',
    scopeAll_cases: 'alla fall',
    scopeAll_themes: 'alla teman',
    scopeSome_cases_one: '{{count}} valt fall',
    scopeSome_cases_other: '{{count}} valda fall',
    scopeSome_themes_one: '{{count}} valt tema (med underteman)',
    scopeSome_themes_other: '{{count}} valda teman (med underteman)',
    scopeClear: 'Ta med alla',
    language: 'Språk',
    projectLanguage: 'Projektets språk ({{language}})',
    pseudonymise: 'Pseudonymisera namn',
    pseudonymiseOn: 'Riktiga namn i pseudonymlistan byts mot pseudonymer i alla citat och texter.',
    pseudonymiseOff:
      'Av: riktiga namn kan synas i citaten. Använd bara för eget bruk, aldrig i det som lämnas ut.',
    saveExcel: 'Spara Excelrapport…',
    excelBusy: 'Skapar rapporten…',
    progressStarting: 'Förbereder bladen…',
    progressRows: 'Skriver rad {{done}} av {{total}} ({{percent}})',
    excelDone: 'Rapporten sparades:',
    rows_one: '{{figure}} rad',
    rows_other: '{{figure}} rader',
    failure_locked:
      'Rapporten kunde inte sparas: filen {{path}} är öppen i ett annat program (till exempel Excel). Stäng den där och försök igen. Inget har gått förlorat – den gamla filen är orörd.',
    failure_diskFull:
      'Rapporten kunde inte sparas i {{path}}: disken är full. Frigör utrymme eller välj en annan plats och försök igen. Inget har gått förlorat.',
    failure_permission:
      'Rapporten kunde inte sparas i {{path}}: du saknar behörighet att skriva där. Välj en annan mapp och försök igen. Inget har gått förlorat.',
    failure_noFolder:
      'Rapporten kunde inte sparas: mappen för {{path}} finns inte. Kontrollera sökvägen och försök igen. Inget har gått förlorat.',
    failure_other:
      'Rapporten kunde inte sparas i {{path}}. Kontrollera att mappen finns och går att skriva i, och försök igen. Inget har gått förlorat.',
  },
  print: {
    heading: 'Rekommendationsblad',
    intro:
      'Ett A4-blad per rekommendation med slutsatser, utvalda citat och ett block för ledningens svar – tomt som formulär, eller ifyllt där svaret är registrerat.',
    which: 'Rekommendationer att skriva ut',
    chosen: '{{count}} av {{total}} valda',
    chooseAll: 'Välj alla',
    chooseNone: 'Välj ingen',
    preview: 'Förhandsgranska',
    print: 'Skriv ut…',
    savePdf: 'Spara som PDF…',
    pdfFileName: 'rekommendationsblad',
    previewHeading: 'Förhandsgranskning',
    previewTitle: 'Förhandsgranskning av rekommendationsbladen',
    closePreview: 'Stäng förhandsgranskningen',
    previewShown_one: 'Förhandsgranskningen visar {{count}} blad.',
    previewShown_other: 'Förhandsgranskningen visar {{count}} blad.',
    busy_print: 'Förbereder utskriften…',
    busy_pdf: 'Sparar PDF…',
    printed: 'Bladen skickades till utskrift.',
    printDialogShown: 'Webbläsarens utskriftsdialog öppnades för bladen.',
    pdfSaved: 'PDF:en sparades: {{path}}',
    pdfUnsupported:
      'Webbläsaren kan inte spara PDF direkt. Välj Skriv ut… och sedan ”Spara som PDF” som skrivare i utskriftsdialogen.',
  },
  pseudonymList: {
    heading: 'Pseudonymer',
    intro:
      'Personnamn som förekommer i materialet och vad de ersätts med i rapporter och rekommendationsblad. I Fynd visas texterna som de är.',
    defaultOn: 'Pseudonymisering är på som standard i alla utdata.',
    empty: 'Inga namn i listan ännu.',
    caption: 'Riktiga namn och deras pseudonymer',
    real: 'Riktigt namn',
    pseudonym: 'Pseudonym',
    actions: 'Åtgärder',
    add: 'Lägg till',
    addLabel: 'Lägg till pseudonym',
    edit: 'Ändra pseudonymen för {{name}}',
    remove: 'Ta bort {{name}} ur listan',
    duplicate: 'Namnet finns redan i listan.',
  },
};
