/**
 * The few words the native shell shows itself (menus, folder dialogs, a startup error): the
 * renderer's catalogues live in shared/i18n, but the menu exists before the renderer does.
 */
export interface ShellLabels {
  file: string;
  newProject: string;
  openProject: string;
  openDemo: string;
  startDemoOver: string;
  importProject: string;
  mergeCopy: string;
  closeProject: string;
  exportQdpx: string;
  exportQdc: string;
  importCodebook: string;
  print: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  find: string;
  view: string;
  sources: string;
  codebook: string;
  cases: string;
  analysis: string;
  findings: string;
  reports: string;
  quotes: string;
  search: string;
  language: string;
  swedish: string;
  english: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  reload: string;
  devTools: string;
  window: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  chooseProjectFolder: string;
  chooseNewProjectFolder: string;
  choose: string;
  importSources: string;
  importButton: string;
  textDocuments: string;
  allFiles: string;
  saveExcel: string;
  savePdf: string;
  saveWord: string;
  wordDocument: string;
  saveQdpx: string;
  saveQdc: string;
  openQdpx: string;
  openQdc: string;
  refiProject: string;
  refiCodebook: string;
  excelWorkbook: string;
  pdfDocument: string;
  save: string;
  openFailed: string;
  leaveTitle: string;
  leaveMessage: string;
  leaveDetail: string;
  stay: string;
  leave: string;
}

export type ShellLanguage = 'sv' | 'en';

export const shellLabels: Readonly<Record<ShellLanguage, ShellLabels>> = {
  sv: {
    file: 'Arkiv',
    newProject: 'Nytt projekt…',
    openProject: 'Öppna projekt…',
    openDemo: 'Öppna demoprojektet',
    startDemoOver: 'Börja om med demot…',
    importProject: 'Öppna ett projekt från ett annat program…',
    mergeCopy: 'Slå ihop med en annan kopia…',
    closeProject: 'Stäng projekt',
    exportQdpx: 'Exportera till REFI-QDA (.qdpx)…',
    exportQdc: 'Exportera kodboken till REFI-QDA (.qdc)…',
    importCodebook: 'Importera kodbok (.qdc)…',
    print: 'Skriv ut…',
    quit: 'Avsluta Fynd',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    find: 'Sök…',
    view: 'Visa',
    sources: 'Källor',
    codebook: 'Kodbok',
    cases: 'Fall',
    analysis: 'Analys',
    findings: 'Iakttagelser',
    reports: 'Rapporter',
    quotes: 'Citat',
    search: 'Sök',
    language: 'Språk',
    swedish: 'Svenska',
    english: 'English',
    actualSize: 'Verklig storlek',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    fullScreen: 'Helskärm',
    reload: 'Läs in igen',
    devTools: 'Utvecklarverktyg',
    window: 'Fönster',
    help: 'Hjälp',
    about: 'Om Fynd',
    services: 'Tjänster',
    hide: 'Göm Fynd',
    hideOthers: 'Göm övriga',
    showAll: 'Visa alla',
    chooseProjectFolder: 'Öppna ett Fynd-projekt',
    chooseNewProjectFolder: 'Välj mapp för det nya projektet',
    choose: 'Välj',
    importSources: 'Importera källor',
    importButton: 'Importera',
    textDocuments: 'Textdokument',
    allFiles: 'Alla filer',
    saveExcel: 'Spara Excelrapport',
    savePdf: 'Spara rekommendationsblad som PDF',
    saveWord: 'Spara Word-rapport',
    wordDocument: 'Word-dokument',
    saveQdpx: 'Exportera till REFI-QDA (.qdpx)',
    saveQdc: 'Exportera kodboken (.qdc)',
    openQdpx: 'Välj ett REFI-QDA-projekt (.qdpx)',
    openQdc: 'Välj en REFI-QDA-kodbok (.qdc)',
    refiProject: 'REFI-QDA-projekt',
    refiCodebook: 'REFI-QDA-kodbok',
    excelWorkbook: 'Excel-arbetsbok',
    pdfDocument: 'PDF-dokument',
    save: 'Spara',
    openFailed: 'Projektet kunde inte öppnas',
    leaveTitle: 'Osparade ändringar',
    leaveMessage: 'Det finns text du skrivit som inte är sparad.',
    leaveDetail:
      'Den väntar på att sparas, eller kan inte sparas som den är (ett tomt obligatoriskt fält, en öppen dialog). Stanna kvar för att se den.',
    stay: 'Stanna kvar',
    leave: 'Lämna ändå',
  },
  en: {
    file: 'File',
    newProject: 'New project…',
    openProject: 'Open project…',
    openDemo: 'Open the demo project',
    startDemoOver: 'Start the demo over…',
    importProject: 'Open a project from another tool…',
    mergeCopy: 'Merge another copy…',
    closeProject: 'Close project',
    exportQdpx: 'Export to REFI-QDA (.qdpx)…',
    exportQdc: 'Export the codebook to REFI-QDA (.qdc)…',
    importCodebook: 'Import codebook (.qdc)…',
    print: 'Print…',
    quit: 'Quit Fynd',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    find: 'Find…',
    view: 'View',
    sources: 'Sources',
    codebook: 'Codebook',
    cases: 'Cases',
    analysis: 'Analysis',
    findings: 'Findings',
    reports: 'Reports',
    quotes: 'Quotes',
    search: 'Search',
    language: 'Language',
    swedish: 'Svenska',
    english: 'English',
    actualSize: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    reload: 'Reload',
    devTools: 'Developer tools',
    window: 'Window',
    help: 'Help',
    about: 'About Fynd',
    services: 'Services',
    hide: 'Hide Fynd',
    hideOthers: 'Hide others',
    showAll: 'Show all',
    chooseProjectFolder: 'Open a Fynd project',
    chooseNewProjectFolder: 'Choose a folder for the new project',
    choose: 'Choose',
    importSources: 'Import sources',
    importButton: 'Import',
    textDocuments: 'Text documents',
    allFiles: 'All files',
    saveExcel: 'Save Excel report',
    savePdf: 'Save recommendation sheets as PDF',
    saveWord: 'Save Word report',
    wordDocument: 'Word document',
    saveQdpx: 'Export to REFI-QDA (.qdpx)',
    saveQdc: 'Export the codebook (.qdc)',
    openQdpx: 'Choose a REFI-QDA project (.qdpx)',
    openQdc: 'Choose a REFI-QDA codebook (.qdc)',
    refiProject: 'REFI-QDA project',
    refiCodebook: 'REFI-QDA codebook',
    excelWorkbook: 'Excel workbook',
    pdfDocument: 'PDF document',
    save: 'Save',
    openFailed: 'The project could not be opened',
    leaveTitle: 'Unsaved changes',
    leaveMessage: 'Some text you typed is not saved.',
    leaveDetail:
      'It is waiting to be saved, or cannot be saved as it is (an empty required field, an open dialog). Stay to see it.',
    stay: 'Stay',
    leave: 'Leave anyway',
  },
};

/** The shell's language for an OS locale such as "sv-SE", "sv" or "en-US": Swedish or English. */
export function shellLanguageFor(locale: string): ShellLanguage {
  return locale.trim().toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** The shell's labels for an OS locale (app.getLocale()). */
export function shellLabelsFor(locale: string): ShellLabels {
  return shellLabels[shellLanguageFor(locale)];
}
