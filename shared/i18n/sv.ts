/**
 * Swedish messages: the reference catalogue. Every other language must have exactly these keys
 * (see `Catalogue`). Placeholders use i18next's `{{name}}` syntax; plural forms end in
 * `_one` / `_other`.
 */
import { domainLabels } from './domain-labels';
import { svSources } from './sv-sources';
import { svCodebookTree } from './sv-codebook-tree';
import { svCodingEdit } from './sv-coding-edit';
import { svQuotesSearch } from './sv-quotes-search';
import { svAnalysis } from './sv-analysis';
import { svAgreement } from './sv-agreement';
import { svCodingUnits } from './sv-coding-units';
import { svCodebook } from './sv-codebook';
import { svDownloads } from './sv-downloads';
import { svRefi } from './sv-refi';
import { svUsers } from './sv-users';
import { svRefiApp } from './sv-refi-app';
import { svDocuments } from './sv-documents';
import { svDrafts } from './sv-drafts';
import { svFindings } from './sv-findings';
import { svQuestions } from './sv-questions';
import { svReports } from './sv-reports';
import { svRetrieval } from './sv-retrieval';
import { svStart } from './sv-start';
import { svMerge } from './sv-merge';
import { svAttributes } from './sv-attributes';

export const sv = {
  // The words for enum values (valence, decision, criterion…), shared with the outputs.
  ...domainLabels.sv,
  ...svSources,
  ...svCodebookTree,
  ...svCodingEdit,
  ...svQuotesSearch,
  ...svAnalysis,
  ...svAgreement,
  ...svFindings,
  ...svQuestions,
  ...svReports,
  ...svStart,
  ...svDrafts,
  ...svCodingUnits,
  ...svCodebook,
  ...svRetrieval,
  ...svDownloads,
  ...svRefi,
  ...svUsers,
  ...svRefiApp,
  ...svDocuments,
  ...svMerge,
  ...svAttributes,
  app: {
    name: 'Fynd',
    purpose:
      'Koda intervjuer, jämför fall och skriv slutsatser och rekommendationer – helt offline.',
    starting: 'Startar Fynd…',
    dismiss: 'Stäng meddelandet',
  },
  language: {
    label: 'Språk',
    sv: 'Svenska',
    en: 'English',
  },
  common: {
    cancel: 'Avbryt',
    save: 'Spara',
    edit: 'Ändra',
    delete: 'Ta bort',
    close: 'Stäng',
    add: 'Lägg till',
    none: '–',
    noneOption: 'Inget',
    yes: 'Ja',
    no: 'Nej',
    optional: '(valfritt)',
    chosen_one: '{{count}} vald',
    chosen_other: '{{count}} valda',
    chooseAny: 'Visa alla',
    shownOf: 'Visar {{shown}} av {{total}}',
    showMore_one: 'Visa {{figure}} till',
    showMore_other: 'Visa {{figure}} till',
  },
  start: {
    openDemo: 'Öppna demoprojekt',
    openDemoHint: 'Utvärderingen av Kompetenslyftet i Västernorrland, med kodade intervjuer.',
    newProject: 'Nytt projekt',
    openProject: 'Öppna projekt',
    importProject: 'Öppna ett projekt från ett annat program…',
    recent: 'Senaste projekt',
    noRecent: 'Inga projekt ännu. Börja med demoprojektet eller skapa ett nytt.',
    restoreBackup: 'Återställ säkerhetskopia {{name}}',
    corruptHelp: 'Välj en säkerhetskopia att återställa:',
    lockUnverifiedHelp:
      'Fynd kan inte avgöra om den som höll projektet fortfarande använder det. Om du vet att projektet inte är öppet någon annanstans (till exempel efter en krasch eller en omstart), kan du ta över det. Allt som har sparats finns kvar, och det andra fönstret kan inte längre spara i projektet.',
    takeOverLock: 'Ta över och öppna',
    working: 'Öppnar…',
  },
  projectForm: {
    newTitle: 'Nytt projekt',
    openTitle: 'Öppna projekt',
    name: 'Namn',
    language: 'Projektets språk',
    folder: 'Mapp',
    browse: 'Välj mapp…',
    folderHintCreate:
      'Hela sökvägen till en ny eller tom mapp, t.ex. /home/anna/Utvärderingar/Kompetenslyftet.fynd',
    folderHintOpen: 'Hela sökvägen till projektmappen (den som innehåller project.json).',
    create: 'Skapa projekt',
    open: 'Öppna',
  },
  nav: {
    label: 'Vyer',
    sources: 'Källor',
    codebook: 'Kodbok',
    cases: 'Fall',
    analysis: 'Analys',
    findings: 'Slutsatser & rekommendationer',
    reports: 'Rapporter',
  },
  header: {
    saved: 'Sparat',
    saving: 'Sparar…',
    notSaved: 'Ändringen sparades inte',
    undo: 'Ångra',
    redo: 'Gör om',
    withSubject: '{{action}} (”{{subject}}”)',
    undoAction: 'Ångra: {{action}}',
    redoAction: 'Gör om: {{action}}',
    nothingToUndo: 'Inget att ångra',
    nothingToRedo: 'Inget att göra om',
    closeProject: 'Stäng projekt',
    projectActions: 'Projekt',
  },
  actions: {
    users: { rename: 'Byt namn på kodare', join: 'Ny kodare i projektet' },
    project: { update: 'Ändra projektuppgifter', merge: 'Slå ihop med en annan kopia' },
    cases: { add: 'Lägg till fall', update: 'Ändra fall', delete: 'Ta bort fall' },
    respondents: {
      add: 'Lägg till respondent',
      update: 'Ändra respondent',
      delete: 'Ta bort respondent',
    },
    sources: {
      add: 'Lägg till källa',
      update: 'Ändra källa',
      delete: 'Ta bort källa',
      import: 'Importera källor',
    },
    themes: {
      add: 'Lägg till tema',
      update: 'Ändra tema',
      delete: 'Ta bort tema',
      merge: 'Slå ihop teman',
      move: 'Flytta tema',
      importCodebook: 'Importera kodbok',
    },
    codings: {
      add: 'Koda segment',
      addMany: 'Koda sökträffar',
      settle: 'Avgör oenighet',
      update: 'Ändra kodning',
      delete: 'Ta bort kodning',
    },
    memos: { add: 'Lägg till memo', update: 'Ändra memo', delete: 'Ta bort memo' },
    findings: { add: 'Lägg till slutsats', update: 'Ändra slutsats', delete: 'Ta bort slutsats' },
    recommendations: {
      add: 'Lägg till rekommendation',
      update: 'Ändra rekommendation',
      delete: 'Ta bort rekommendation',
    },
    questions: {
      add: 'Lägg till utvärderingsfråga',
      update: 'Ändra utvärderingsfråga',
      delete: 'Ta bort utvärderingsfråga',
    },
    syntheses: {
      add: 'Skriv syntes',
      update: 'Ändra syntes',
      delete: 'Ta bort syntes',
    },
    pseudonyms: {
      add: 'Lägg till pseudonym',
      update: 'Ändra pseudonym',
      delete: 'Ta bort pseudonym',
    },
    unknown: 'Senaste ändringen',
  },
  errors: {
    invalidInput:
      'Något av värdena godtogs inte. Kontrollera fälten (t.ex. att obligatoriska fält är ifyllda) och försök igen.',
    invalidText:
      'Texten innehåller ett trasigt tecken (en halv emoji eller symbol) i fältet {{path}}. Inget sparades. Skriv eller klistra in texten igen.',
    unknownOperation:
      'Fynd kände inte igen begäran. Starta om Fynd; om felet kvarstår, installera den senaste versionen.',
    noProjectOpen: 'Inget projekt är öppet. Öppna eller skapa ett projekt först.',
    notFound:
      'Det du arbetade med finns inte längre – det kan ha tagits bort. Välj något annat i listan och försök igen.',
    projectNotFound:
      'Det finns inget Fynd-projekt i mappen {{dir}}. Kontrollera sökvägen, eller skapa ett nytt projekt där.',
    folderMissing: 'Mappen {{dir}} finns inte. Den kan ha flyttats, bytt namn eller tagits bort.',
    projectCorrupt:
      'Projektfilen är skadad och kunde inte läsas. Återställ en säkerhetskopia om det finns någon; den skadade filen sparas då undan så att inget går förlorat.',
    projectTooNew:
      'Projektet har sparats av en nyare version av Fynd (format {{version}}; den här versionen läser format upp till {{supported}}). Uppdatera Fynd för att öppna det.',
    projectLocked:
      'Projektet är redan öppet i ett annat Fynd-fönster på den här datorn (process {{pid}}, sedan {{sinceText}}). Stäng det där först och försök sedan igen.',
    projectLockedElsewhere:
      'Projektet är öppet på datorn {{host}} (sedan {{sinceText}}). Stäng det där först och försök sedan igen.',
    folderNotReadable:
      'Fynd får inte läsa mappen {{dir}}. Kontrollera behörigheterna, eller be den som äger mappen att ge dig läsrätt.',
    projectBusy: 'Projektet ändrades vid varje läsförsök. Vänta ett ögonblick och försök igen.',
    projectTakenOver:
      'Ett annat Fynd-fönster har tagit över projektet, så ändringen sparades inte här. Allt som visades som sparat finns kvar på disken. Öppna projektet igen för att fortsätta.',
    folderNotEmpty:
      'Mappen innehåller redan ett Fynd-projekt. Öppna det i stället, eller välj en annan mapp för det nya projektet.',
    notAProject:
      'Filen project.json i mappen är inte ett Fynd-projekt. Välj mappen som Fynd skapade för projektet.',
    writeFailed:
      'Ändringen kunde inte sparas på disken. Kontrollera att det finns ledigt utrymme och att mappen går att nå, och försök igen.',
    readOnly:
      'Fynd får inte skriva i projektmappen. Ge dig själv skrivbehörighet eller kopiera projektet till en mapp där du kan skriva.',
    nothingToUndo: 'Det finns inget att ångra.',
    nothingToRedo: 'Det finns inget att göra om.',
    invalidReference:
      'Ändringen pekar på något som inte finns (eller på sig självt, som ett tema under sig självt). Välj ett annat värde och försök igen.',
    sourceTextUnavailable:
      'Källans text saknas i projektmappen eller har ändrats utanför Fynd (sources/{{id}}.txt). Resten av projektet fungerar som vanligt. Återställ filen från en säkerhetskopia för att se texten igen.',
    tooFewCoders:
      'Överensstämmelse mäts mellan två kodare, och projektet har {{found}}. Låt två kodare koda samma källor (eller slå ihop en kollegas kopia) och försök igen.',
    mergeUnknownKind:
      'Sammanslagning läser en annan kopia av studien: en Fynd-projektmapp eller en .qdpx-fil från NVivo, ATLAS.ti, MAXQDA eller QualCoder. Välj en sådan ({{path}}).',
    coderNotFound: 'Ingen kodare heter ”{{name}}” i projektet. Kodarna är: {{coders}}.',
    searchTooSlow:
      'Sökningen stoppades efter {{seconds}} sekunder: det reguljära uttrycket prövar för många möjligheter (till exempel (a+)+). Förenkla det, eller slå av Reguljärt uttryck.',
    invalidRange:
      'Markeringen ligger utanför källans text. Markera texten på nytt och försök igen.',
    emptyFile: 'Filen är tom eller innehåller ingen text. Välj en annan fil.',
    binaryFile:
      'Filen är inte en textfil. Spara den som .txt, .md eller .docx och importera den igen.',
    fileTooLarge:
      'Filen är för stor för att importeras ({{megabytes}} MB; gränsen är {{limit}} MB). Dela upp den i mindre delar.',
    corruptFile:
      'Filen är skadad eller inte ett Word-dokument. Öppna den i Word och spara den på nytt, eller spara den som text.',
    pdfNoText:
      'PDF-filen har inget textlager ({{pages}} sidor som bara är bilder, till exempel en inskannad utskrift). Kör teckenigenkänning (OCR) på den i ett PDF-program och importera den igen.',
    pdfEncrypted:
      'PDF-filen är lösenordsskyddad. Öppna den med lösenordet, spara en kopia utan skydd och importera kopian.',
    pdfDamaged:
      'PDF-filen är skadad eller inte en PDF. Öppna den i ett PDF-program och spara den på nytt, eller be om en ny kopia.',
    pdfTooManyPages:
      'PDF-filen har för många sidor för att importeras ({{pages}}; gränsen är {{limit}}). Dela upp den i mindre delar.',
    unsupportedFile:
      'Fynd kan inte läsa den här sortens fil ({{extension}}). Filtyper som går att importera: {{supported}}.',
    refiNotAnArchive:
      'Filen är inget REFI-QDA-projekt (.qdpx): den saknar project.qde eller är skadad. Exportera projektet igen från det andra programmet.',
    refiBadXml:
      'Projektfilen (project.qde) går inte att läsa som XML ({{detail}}). Exportera projektet igen från det andra programmet.',
    refiNotACodebook:
      'Filen {{path}} kunde inte läsas som en REFI-QDA-kodbok (.qdc). Kontrollera sökvägen. Inget importerades.',
    themeNotCodable:
      '”{{name}}” är en gruppering och kan inte användas för kodning. Välj ett av temana under den, eller gör den kodbar i temats detaljer.',
    refiDoctype:
      'Projektfilen (project.qde) innehåller en DTD-deklaration, som Fynd aldrig läser av säkerhetsskäl. Inget importerades.',
    themeNameTaken:
      'Det finns redan ett tema som heter ”{{name}}” på samma nivå i kodboken. Välj ett annat namn, eller slå ihop temana.',
    pathNotAbsolute:
      'Välj var filen ska sparas: en hel sökväg behövs (till exempel /home/anna/rapport.xlsx), inte bara ett filnamn ({{path}}). Inget sparades.',
    outputLocked:
      'Filen {{path}} är öppen i ett annat program (till exempel Excel). Stäng den där och försök igen, eller välj ett annat filnamn. Inget har gått förlorat.',
    outputFailed:
      'Filen kunde inte skrivas ({{reason}}). Kontrollera att mappen finns, att det finns ledigt utrymme och att du får skriva där. Projektet är oförändrat.',
    unauthorized:
      'Anropet nekades eftersom sidan saknar giltig åtkomstnyckel. Öppna Fynd via adressen som skrevs ut när Fynd startade.',
    connectionLost:
      'Anslutningen till Fynd bröts, så det gick inte att göra. Alla ändringar som visades som ”Sparat” finns på disken. Starta Fynd igen för att fortsätta.',
    internal:
      'Ett oväntat fel inträffade. Försök igen; om det upprepas, starta om Fynd. Ditt sparade arbete påverkas inte.',
  },
  notice: {
    migrated:
      'Projektet har uppdaterats till det nya filformatet. En säkerhetskopia av den gamla versionen finns i mappen backups.',
    droppedTail:
      'Den sista ändringen innan Fynd stängdes hann inte sparas helt och har hoppats över. Kontrollera ditt senaste arbete.',
    orphanedJournal:
      'En ändringslogg som inte hörde ihop med projektfilen lades åt sidan. Projektet öppnades från den senast sparade versionen.',
    damagedJournal:
      'En skadad rad i ändringsloggen (rad {{lines}}) kunde inte läsas: ändring {{seqs}} gick förlorad. De {{later}} ändringarna efter den har lästs in. De ursprungliga byten finns kvar i {{file}}. Ångra börjar om efter den skadade raden.',
    danglingReferences:
      '{{count}} poster pekar på något som inte längre finns ({{detail}}). De har behållits som de är; kommandot ”fynd check” listar dem.',
    sourceTextsMissing:
      'Texten saknas i mappen sources för {{count}} av projektets källor: {{titles}}. Resten av projektet fungerar som vanligt. Återställ filerna från en säkerhetskopia.',
    sourceTextsUnreadable:
      'Fynd får inte läsa texten för {{count}} av projektets källor: {{titles}}. Kontrollera behörigheterna för mappen sources. Resten av projektet fungerar som vanligt.',
    sourceTextsChanged:
      'Texten har ändrats utanför Fynd för {{count}} av projektets källor: {{titles}}. Deras kodningar pekar inte längre rätt, så de texterna visas inte. Återställ filerna från en säkerhetskopia.',
    leftoverJournal:
      'Mappen innehöll en ändringslogg från ett tidigare projekt. Den har flyttats till {{file}} och används inte i det nya projektet.',
    restoredBackup:
      'Projektet har återställts från en säkerhetskopia. Den skadade filen finns kvar i projektmappen.',
    unknown: 'Fynd har ett meddelande om projektet: {{key}}',
  },
  sources: {
    heading: 'Källor',
    add: 'Lägg till källa',
    empty:
      'Inga källor ännu. Lägg till en intervjuutskrift eller anteckning genom att klistra in texten.',
    tableCaption: 'Projektets källor',
    title: 'Titel',
    case: 'Fall',
    kind: 'Typ',
    date: 'Datum',
    respondents: 'Respondenter',
    codings: 'Kodningar',
    openHint: 'Välj en källa för att läsa och koda den.',
    back: 'Alla källor',
    noCase: 'Inget fall',
  },
  addSource: {
    title: 'Lägg till källa',
    respondent: 'Respondent',
    newRespondent: 'Ny respondent…',
    noRespondent: 'Ingen respondent',
    pseudonym: 'Pseudonym',
    pseudonymHint: 'Aldrig ett riktigt namn, t.ex. ”Projektledare A, Härnösand”.',
    role: 'Roll',
    interviewer: 'Intervjuare',
    text: 'Text',
    textHint:
      'Klistra in utskriften. Talarbyten skrivs på egen rad, t.ex. ”I: …” och ”R1: …”. Tomma rader skiljer stycken.',
    submit: 'Lägg till källa',
  },
  transcript: {
    label: 'Utskrift av {{title}}',
    loading: 'Hämtar texten…',
    interviewer: 'Intervjuare: {{name}}',
    keyboardHint:
      'Tangentbord: Tabb in i texten, Skift + pilar markerar (Ctrl + Skift: hela ord), + utökar till mening, stycke och replik, 1–9 kodar, T hittar övriga teman.',
  },
  coding: {
    panel: 'Kodning',
    selection: 'Markerad text',
    noSelection:
      'Markera text i utskriften för att koda den. Med en markering kodar tangenterna 1–9 direkt med motsvarande tema, och T söker bland alla teman.',
    themes: 'Teman',
    filter: 'Filtrera teman',
    noThemes: 'Kodboken är tom. Lägg till teman i Kodbok först.',
    noMatch: 'Inga teman matchar filtret.',
    valence: 'Värdering',
    memo: 'Memo',
    code: 'Koda',
    clearSelection: 'Släpp markeringen',
    listHeading: 'Kodningar i källan',
    listEmpty: 'Inga kodningar ännu.',
    selectedHeading: 'Kodningar här',
    show: 'Visa i texten',
    deleteCoding: 'Ta bort kodning',
    deleteCodingOf: 'Ta bort kodningen ”{{snippet}}”',
    count_one: '{{count}} kodning',
    count_other: '{{count}} kodningar',
  },
  codebook: {
    heading: 'Kodbok',
    add: 'Lägg till tema',
    empty:
      'Kodboken är tom. Lägg till teman som du vill koda intervjuerna mot, t.ex. ”Strategiskt ägarskap”.',
    treeLabel: 'Teman',
    counts: '{{codings}} kodningar · {{sources}} källor',
    selectHint: 'Välj ett tema för att se och skriva dess definition.',
    addTitle: 'Nytt tema',
    editTitle: 'Ändra tema',
    name: 'Namn',
    colour: 'Färg',
    parent: 'Överordnat tema',
    noParent: 'Inget (huvudtema)',
    definition: 'Definition',
    inclusion: 'Inkluderar',
    exclusion: 'Exkluderar',
    example: 'Exempel',
    rules: 'Kodregler',
    editDetails: 'Namn, färg och plats…',
    deleteTitle: 'Ta bort temat ”{{name}}”?',
    deleteCodings:
      '{{removed}} kodningar har bara detta tema och tas bort. {{kept}} kodningar behåller sina andra teman.',
    deleteChildren_one: 'Temat har {{count}} undertema som också tas bort.',
    deleteChildren_other: 'Temat har {{count}} underteman som också tas bort.',
    deleteNoCodings: 'Inga kodningar använder temat.',
    deleteUndo: 'Du kan ångra borttagningen.',
    confirmDelete: 'Ta bort temat',
    colourNames: {
      blue: 'Blå',
      teal: 'Blågrön',
      green: 'Grön',
      olive: 'Olivgrön',
      yellow: 'Gul',
      orange: 'Orange',
      red: 'Röd',
      pink: 'Rosa',
      purple: 'Lila',
      brown: 'Brun',
      grey: 'Grå',
      sky: 'Himmelsblå',
    },
  },
  cases: {
    heading: 'Fall',
    add: 'Lägg till fall',
    empty: 'Inga fall ännu. Lägg till de kommuner eller organisationer som utvärderingen jämför.',
    tableCaption: 'Projektets fall',
    name: 'Namn',
    type: 'Typ',
    attributes: 'Attribut',
    indicators: 'Indikatorer',
    sources: 'Källor',
    selectHint: 'Välj ett fall för att ändra det och lägga till indikatorer och attribut.',
    details: 'Uppgifter',
    addTitle: 'Nytt fall',
    addIndicator: 'Lägg till indikator',
    indicatorName: 'Indikator',
    value: 'Värde',
    unit: 'Enhet',
    source: 'Källa för uppgiften',
    date: 'Datum',
    note: 'Anteckning',
    noIndicators: 'Inga indikatorer ännu – t.ex. antal företagsbesök eller deltagare.',
    removeIndicator: 'Ta bort indikatorn {{name}}',
    deleteCase: 'Ta bort fallet',
    deleteTitle: 'Ta bort fallet ”{{name}}”?',
    deleteBody:
      '{{sources}} källor och {{respondents}} respondenter kopplas loss från fallet men finns kvar. Du kan ångra borttagningen.',
  },
  analysis: {
    heading: 'Analys',
    theme: 'Tema',
    total: 'Totalt',
    noCase: 'Utan fall',
  },
  findings: {
    heading: 'Slutsatser & rekommendationer',
    findings: 'Slutsatser',
    recommendations: 'Rekommendationer',
    noFindings: 'Inga slutsatser ännu. De skrivs utifrån de kodade citaten i Analys.',
    noRecommendations: 'Inga rekommendationer ännu. De bygger på slutsatserna.',
    quotes_one: '{{count}} stödjande citat',
    quotes_other: '{{count}} stödjande citat',
    themes: 'Teman',
    actor: 'Vem bör agera',
    priority: 'Prioritet',
    timeframe: 'Tidsram',
    linked: 'Bygger på',
  },
  reports: {
    heading: 'Rapporter',
  },
};

/** The shape every catalogue must have: the Swedish keys, each with a string. */
export type Catalogue = Shape<typeof sv>;

export type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
