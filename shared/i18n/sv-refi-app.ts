/**
 * Swedish words of REFI-QDA interchange in the app: the export dialog (.qdpx/.qdc), a .qdc
 * codebook into the open project, and grouping themes (REFI's codes that are not codable).
 * Spread into `sv`; `en-refi-app.ts` must hold the same keys.
 */
export const svRefiApp = {
  refiExportForm: {
    heading: 'Till andra analysprogram (REFI-QDA)',
    cardIntro:
      'Hela projektet som .qdpx för NVivo, ATLAS.ti, MAXQDA och QualCoder, eller bara kodboken som .qdc.',
    openQdpx: 'Exportera till REFI-QDA (.qdpx)…',
    openQdc: 'Exportera kodboken (.qdc)…',
    title: {
      qdpx: 'Exportera till REFI-QDA (.qdpx)',
      qdc: 'Exportera kodboken (.qdc)',
    },
    intro: {
      qdpx: 'Källor med text, teman, kodningar med kodare och memon, fall med attribut. Andra program öppnar filen som ett nytt projekt.',
      qdc: 'Teman med nivåer, färger och definitioner, som andra program kan läsa in i ett eget projekt.',
    },
    fileName: { qdpx: 'REFI-QDA', qdc: 'kodbok' },
    offsetsLegend: 'Positioner i texten',
    offsets: {
      utf16: 'UTF-16-enheter',
      codepoints: 'Kodpunkter',
    },
    offsetsHint: {
      utf16: 'Det NVivo, ATLAS.ti och MAXQDA läser. Välj detta om du inte vet.',
      codepoints: 'För QualCoder.',
    },
    unseenHeading: 'Det här ser andra program inte',
    unseen: {
      valences_one: '{{count}} kodning med värdering',
      valences_other: '{{count}} kodningar med värdering',
      findings_one: '{{count}} slutsats',
      findings_other: '{{count}} slutsatser',
      recommendations_one: '{{count}} rekommendation',
      recommendations_other: '{{count}} rekommendationer',
      questions_one: '{{count}} utvärderingsfråga',
      questions_other: '{{count}} utvärderingsfrågor',
      indicators_one: '{{count}} indikator',
      indicators_other: '{{count}} indikatorer',
      syntheses_one: '{{count}} sammanfattning i matrisen',
      syntheses_other: '{{count}} sammanfattningar i matrisen',
      respondents_one: '{{count}} respondent',
      respondents_other: '{{count}} respondenter',
      pseudonyms_one: '{{count}} pseudonym',
      pseudonyms_other: '{{count}} pseudonymer',
      themeGuidance_one: '{{count}} tema med in- eller uteslutningskriterier eller exempel',
      themeGuidance_other: '{{count}} teman med in- eller uteslutningskriterier eller exempel',
    },
    unseenNote: {
      qdpx: 'De följer med i anteckningen ”Fynd”, som Fynd läser tillbaka: öppnar du filen i Fynd igen är allt kvar.',
      qdc: 'En kodbok har ingen plats för dem; de finns kvar i projektet.',
    },
    unseenNone: 'Inget: allt i projektet har en plats i REFI-QDA.',
    save: 'Spara…',
    download: 'Hämta',
    busy: 'Skriver filen…',
    saved: 'Sparad:',
    downloaded: 'Hämtad som',
  },
  codebookImport: {
    open: 'Importera kodbok (.qdc)…',
    title: 'Importera kodbok (.qdc)',
    intro:
      'Teman från en REFI-QDA-kodbok (från NVivo, ATLAS.ti, MAXQDA, Taguette eller Fynd) läggs till i projektet, som ett steg du kan ångra.',
    file: 'Kodbok (.qdc)',
    fileHint:
      'Välj filen, eller skriv hela sökvägen till den, t.ex. /Users/anna/Exporter/kodbok.qdc',
    choose: 'Välj fil…',
    picked: 'Vald fil: {{name}}',
    tooLarge: '”{{name}}” är för stor för en kodbok (högst 16 MB). Inget importerades.',
    parent: 'Lägg under',
    top: 'Översta nivån',
    submit: 'Importera',
    added_one: '{{count}} nytt tema lades till under {{parent}}.',
    added_other: '{{count}} nya teman lades till under {{parent}}.',
    topParent: 'översta nivån',
    existing: 'Fanns redan på samma nivå och lades inte till igen: {{names}}.',
  },
  groupingTheme: {
    label: 'gruppering',
    toggle: 'Gruppering (inte kodbar)',
    toggleHint:
      'En gruppering samlar teman under sig men kan inte själv användas för kodning, som icke kodbara koder i NVivo och ATLAS.ti.',
    skipped: 'en gruppering, kan inte väljas för kodning',
  },
};
