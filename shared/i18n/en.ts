import type { Catalogue } from './sv';

/** English messages; the `Catalogue` type makes a missing or extra key a compile error. */
import { domainLabels } from './domain-labels';
import { enSources } from './en-sources';
import { enCodebookTree } from './en-codebook-tree';
import { enCodingEdit } from './en-coding-edit';
import { enQuotesSearch } from './en-quotes-search';
import { enAnalysis } from './en-analysis';
import { enAgreement } from './en-agreement';
import { enCodingUnits } from './en-coding-units';
import { enCodebook } from './en-codebook';
import { enDownloads } from './en-downloads';
import { enRefi } from './en-refi';
import { enUsers } from './en-users';
import { enRefiApp } from './en-refi-app';
import { enDocuments } from './en-documents';
import { enDrafts } from './en-drafts';
import { enFindings } from './en-findings';
import { enQuestions } from './en-questions';
import { enReports } from './en-reports';
import { enRetrieval } from './en-retrieval';
import { enStart } from './en-start';
import { enMerge } from './en-merge';
import { enAttributes } from './en-attributes';

export const en: Catalogue = {
  ...domainLabels.en,
  ...enSources,
  ...enCodebookTree,
  ...enCodingEdit,
  ...enQuotesSearch,
  ...enAnalysis,
  ...enAgreement,
  ...enFindings,
  ...enQuestions,
  ...enReports,
  ...enStart,
  ...enDrafts,
  ...enCodingUnits,
  ...enCodebook,
  ...enRetrieval,
  ...enDownloads,
  ...enRefi,
  ...enUsers,
  ...enRefiApp,
  ...enDocuments,
  ...enMerge,
  ...enAttributes,
  app: {
    name: 'Fynd',
    purpose:
      'Code interviews, compare cases and write findings and recommendations – fully offline.',
    starting: 'Starting Fynd…',
    dismiss: 'Dismiss message',
  },
  language: {
    label: 'Language',
    sv: 'Svenska',
    en: 'English',
  },
  common: {
    cancel: 'Cancel',
    save: 'Save',
    edit: 'Edit',
    delete: 'Delete',
    close: 'Close',
    add: 'Add',
    none: '–',
    noneOption: 'None',
    yes: 'Yes',
    no: 'No',
    optional: '(optional)',
    chosen_one: '{{count}} chosen',
    chosen_other: '{{count}} chosen',
    chooseAny: 'Show all',
    shownOf: 'Showing {{shown}} of {{total}}',
    showMore_one: 'Show {{figure}} more',
    showMore_other: 'Show {{figure}} more',
  },
  start: {
    openDemo: 'Open demo project',
    openDemoHint: 'The evaluation of Kompetenslyftet in Västernorrland, with coded interviews.',
    newProject: 'New project',
    openProject: 'Open project',
    importProject: 'Open a project from another tool…',
    recent: 'Recent projects',
    noRecent: 'No projects yet. Start with the demo project or create a new one.',
    restoreBackup: 'Restore backup {{name}}',
    corruptHelp: 'Choose a backup to restore:',
    lockUnverifiedHelp:
      'Fynd cannot tell whether whoever held the project still uses it. If you know the project is not open anywhere else (after a crash or a restart, say), you can take it over. Everything saved is kept, and the other window can no longer save to the project.',
    takeOverLock: 'Take over and open',
    working: 'Opening…',
  },
  projectForm: {
    newTitle: 'New project',
    openTitle: 'Open project',
    name: 'Name',
    language: 'Project language',
    folder: 'Folder',
    browse: 'Choose folder…',
    folderHintCreate:
      'The full path of a new or empty folder, e.g. /home/anna/Evaluations/Kompetenslyftet.fynd',
    folderHintOpen: 'The full path of the project folder (the one holding project.json).',
    create: 'Create project',
    open: 'Open',
  },
  nav: {
    label: 'Views',
    sources: 'Sources',
    codebook: 'Codebook',
    cases: 'Cases',
    analysis: 'Analysis',
    findings: 'Findings & recommendations',
    reports: 'Reports',
  },
  header: {
    saved: 'Saved',
    saving: 'Saving…',
    notSaved: 'The change was not saved',
    undo: 'Undo',
    redo: 'Redo',
    withSubject: '{{action}} (“{{subject}}”)',
    undoAction: 'Undo: {{action}}',
    redoAction: 'Redo: {{action}}',
    nothingToUndo: 'Nothing to undo',
    nothingToRedo: 'Nothing to redo',
    closeProject: 'Close project',
    projectActions: 'Project',
  },
  actions: {
    users: { rename: 'Rename coder', join: 'New coder in the project' },
    project: { update: 'Edit project details', merge: 'Merge another copy' },
    cases: { add: 'Add case', update: 'Edit case', delete: 'Delete case' },
    respondents: {
      add: 'Add respondent',
      update: 'Edit respondent',
      delete: 'Delete respondent',
    },
    sources: {
      add: 'Add source',
      update: 'Edit source',
      delete: 'Delete source',
      import: 'Import sources',
    },
    themes: {
      add: 'Add theme',
      update: 'Edit theme',
      delete: 'Delete theme',
      merge: 'Merge themes',
      move: 'Move theme',
      importCodebook: 'Import codebook',
    },
    codings: {
      add: 'Code segment',
      addMany: 'Code search hits',
      settle: 'Settle a disagreement',
      update: 'Edit coding',
      delete: 'Delete coding',
    },
    memos: { add: 'Add memo', update: 'Edit memo', delete: 'Delete memo' },
    findings: { add: 'Add finding', update: 'Edit finding', delete: 'Delete finding' },
    recommendations: {
      add: 'Add recommendation',
      update: 'Edit recommendation',
      delete: 'Delete recommendation',
    },
    questions: {
      add: 'Add evaluation question',
      update: 'Edit evaluation question',
      delete: 'Delete evaluation question',
    },
    syntheses: {
      add: 'Write synthesis',
      update: 'Edit synthesis',
      delete: 'Delete synthesis',
    },
    pseudonyms: {
      add: 'Add pseudonym',
      update: 'Edit pseudonym',
      delete: 'Delete pseudonym',
    },
    unknown: 'Last change',
  },
  errors: {
    invalidInput:
      'One of the values was not accepted. Check the fields (for example that required fields are filled in) and try again.',
    invalidText:
      'The text holds a broken character (half an emoji or symbol) in the field {{path}}. Nothing was saved. Type or paste the text again.',
    unknownOperation:
      'Fynd did not recognise the request. Restart Fynd; if it happens again, install the latest version.',
    noProjectOpen: 'No project is open. Open or create a project first.',
    notFound:
      'What you were working on no longer exists – it may have been deleted. Choose something else in the list and try again.',
    projectNotFound:
      'There is no Fynd project in the folder {{dir}}. Check the path, or create a new project there.',
    folderMissing: 'The folder {{dir}} does not exist. It may have been moved, renamed or deleted.',
    projectCorrupt:
      'The project file is damaged and could not be read. Restore a backup if there is one; the damaged file is then kept aside so nothing is lost.',
    projectTooNew:
      'The project was saved by a newer version of Fynd (format {{version}}; this version reads formats up to {{supported}}). Update Fynd to open it.',
    projectLocked:
      'The project is already open in another Fynd window on this computer (process {{pid}}, since {{sinceText}}). Close it there first, then try again.',
    projectLockedElsewhere:
      'The project is open on the computer {{host}} (since {{sinceText}}). Close it there first, then try again.',
    folderNotReadable:
      'Fynd may not read the folder {{dir}}. Check its permissions, or ask whoever owns it for read access.',
    projectBusy: 'The project changed at every attempt to read it. Wait a moment and try again.',
    projectTakenOver:
      'Another Fynd window has taken over the project, so this change was not saved here. Everything shown as saved is on disk. Open the project again to go on.',
    folderNotEmpty:
      'The folder already holds a Fynd project. Open that one instead, or choose another folder for the new project.',
    notAProject:
      'The project.json file in this folder is not a Fynd project. Choose the folder Fynd created for the project.',
    writeFailed:
      'The change could not be saved to disk. Check that there is free space and that the folder can be reached, then try again.',
    readOnly:
      'Fynd may not write in the project folder. Give yourself write permission, or copy the project to a folder you can write to.',
    nothingToUndo: 'There is nothing to undo.',
    nothingToRedo: 'There is nothing to redo.',
    invalidReference:
      'The change points at something that does not exist (or at itself, like a theme inside itself). Choose another value and try again.',
    sourceTextUnavailable:
      'The text of this source is missing from the project folder or was changed outside Fynd (sources/{{id}}.txt). The rest of the project works as usual. Restore the file from a backup to see the text again.',
    tooFewCoders:
      'Agreement is measured between two coders, and the project has {{found}}. Let two coders code the same sources (or merge a colleague’s copy) and try again.',
    mergeUnknownKind:
      'Merge reads another copy of the study: a Fynd project folder, or a .qdpx file from NVivo, ATLAS.ti, MAXQDA or QualCoder. Choose one of those ({{path}}).',
    coderNotFound: 'No coder in the project is called “{{name}}”. The coders are: {{coders}}.',
    searchTooSlow:
      'The search was stopped after {{seconds}} seconds: the regular expression tries too many possibilities (such as (a+)+). Simplify it, or turn off Regular expression.',
    invalidRange: 'The selection lies outside the source text. Select the text again and retry.',
    emptyFile: 'The file is empty or holds no text. Choose another file.',
    binaryFile: 'The file is not a text file. Save it as .txt, .md or .docx and import it again.',
    fileTooLarge:
      'The file is too large to import ({{megabytes}} MB; the limit is {{limit}} MB). Split it into smaller parts.',
    corruptFile:
      'The file is damaged or not a Word document. Open it in Word and save it again, or save it as text.',
    pdfNoText:
      'The PDF has no text layer ({{pages}} pages that are only pictures, such as a scanned print). Run text recognition (OCR) on it in a PDF program and import it again.',
    pdfEncrypted:
      'The PDF is protected by a password. Open it with the password, save a copy without protection and import the copy.',
    pdfDamaged:
      'The PDF is damaged or not a PDF. Open it in a PDF program and save it again, or ask for a new copy.',
    pdfTooManyPages:
      'The PDF has too many pages to import ({{pages}}; the limit is {{limit}}). Split it into smaller parts.',
    unsupportedFile:
      'Fynd cannot read this kind of file ({{extension}}). Types that can be imported: {{supported}}.',
    refiNotAnArchive:
      'The file is not a REFI-QDA project (.qdpx): it has no project.qde or is damaged. Export the project again from the other tool.',
    refiBadXml:
      'The project file (project.qde) cannot be read as XML ({{detail}}). Export the project again from the other tool.',
    refiNotACodebook:
      'The file {{path}} could not be read as a REFI-QDA codebook (.qdc). Check the path. Nothing was imported.',
    themeNotCodable:
      '“{{name}}” is a grouping and cannot be used for coding. Choose one of the themes under it, or make it codable in the theme’s details.',
    refiDoctype:
      'The project file (project.qde) declares a DTD, which Fynd never reads, for safety. Nothing was imported.',
    themeNameTaken:
      'There is already a theme called “{{name}}” at the same level of the codebook. Choose another name, or merge the themes.',
    pathNotAbsolute:
      'Choose where to save the file: a full path is needed (such as /home/anna/report.xlsx), not just a file name ({{path}}). Nothing was saved.',
    outputLocked:
      'The file {{path}} is open in another program (such as Excel). Close it there and try again, or choose another file name. Nothing was lost.',
    outputFailed:
      'The file could not be written ({{reason}}). Check that the folder exists, that there is free space and that you may write there. The project is unchanged.',
    unauthorized:
      'The call was refused because the page has no valid access token. Open Fynd through the address printed when Fynd started.',
    connectionLost:
      'The connection to Fynd was lost, so this could not be done. Every edit marked “Saved” is on disk. Start Fynd again to continue.',
    internal:
      'Something unexpected went wrong. Try again; if it happens again, restart Fynd. Your saved work is not affected.',
  },
  notice: {
    migrated:
      'The project was updated to the new file format. A backup of the old version is in the backups folder.',
    droppedTail:
      'The last change before Fynd closed was not completely saved and has been skipped. Please check your latest work.',
    orphanedJournal:
      'A change log that did not match the project file was set aside. The project was opened from its last saved version.',
    damagedJournal:
      'A damaged line in the edit log (line {{lines}}) could not be read: edit {{seqs}} was lost. The {{later}} edits after it have been read in. The original bytes are kept in {{file}}. Undo starts again after the damaged line.',
    danglingReferences:
      '{{count}} items point at something that no longer exists ({{detail}}). They have been kept as they are; the command “fynd check” lists them.',
    sourceTextsMissing:
      'The text is missing from the sources folder for {{count}} of the project’s sources: {{titles}}. The rest of the project works as usual. Restore the files from a backup.',
    sourceTextsUnreadable:
      'Fynd may not read the text of {{count}} of the project’s sources: {{titles}}. Check the permissions of the sources folder. The rest of the project works as usual.',
    sourceTextsChanged:
      'The text was changed outside Fynd for {{count}} of the project’s sources: {{titles}}. Their codings no longer point at the right places, so those texts are not shown. Restore the files from a backup.',
    leftoverJournal:
      'The folder held an edit log from an earlier project. It was moved to {{file}} and is not used in the new project.',
    restoredBackup:
      'The project was restored from a backup. The damaged file is still in the project folder.',
    unknown: 'Fynd has a message about the project: {{key}}',
  },
  sources: {
    heading: 'Sources',
    add: 'Add source',
    empty: 'No sources yet. Add an interview transcript or notes by pasting the text.',
    tableCaption: 'Sources of the project',
    title: 'Title',
    case: 'Case',
    kind: 'Kind',
    date: 'Date',
    respondents: 'Respondents',
    codings: 'Codings',
    openHint: 'Choose a source to read and code it.',
    back: 'All sources',
    noCase: 'No case',
  },
  addSource: {
    title: 'Add source',
    respondent: 'Respondent',
    newRespondent: 'New respondent…',
    noRespondent: 'No respondent',
    pseudonym: 'Pseudonym',
    pseudonymHint: 'Never a real name, e.g. “Project manager A, Härnösand”.',
    role: 'Role',
    interviewer: 'Interviewer',
    text: 'Text',
    textHint:
      'Paste the transcript. Put each speaker turn on its own line, e.g. “I: …” and “R1: …”. Blank lines separate paragraphs.',
    submit: 'Add source',
  },
  transcript: {
    label: 'Transcript of {{title}}',
    loading: 'Loading the text…',
    interviewer: 'Interviewer: {{name}}',
    keyboardHint:
      'Keyboard: Tab into the text, Shift + arrows select (Ctrl + Shift: whole words), + extends to sentence, paragraph and turn, 1–9 codes, T finds any other theme.',
  },
  coding: {
    panel: 'Coding',
    selection: 'Selected text',
    noSelection:
      'Select text in the transcript to code it. With a selection, the keys 1–9 code it at once with that theme, and T finds any theme.',
    themes: 'Themes',
    filter: 'Filter themes',
    noThemes: 'The codebook is empty. Add themes in Codebook first.',
    noMatch: 'No themes match the filter.',
    valence: 'Valence',
    memo: 'Memo',
    code: 'Code',
    clearSelection: 'Clear selection',
    listHeading: 'Codings in this source',
    listEmpty: 'No codings yet.',
    selectedHeading: 'Codings here',
    show: 'Show in text',
    deleteCoding: 'Delete coding',
    deleteCodingOf: 'Delete the coding “{{snippet}}”',
    count_one: '{{count}} coding',
    count_other: '{{count}} codings',
  },
  codebook: {
    heading: 'Codebook',
    add: 'Add theme',
    empty:
      'The codebook is empty. Add the themes you want to code the interviews against, e.g. “Strategic ownership”.',
    treeLabel: 'Themes',
    counts: '{{codings}} codings · {{sources}} sources',
    selectHint: 'Choose a theme to see and write its definition.',
    addTitle: 'New theme',
    editTitle: 'Edit theme',
    name: 'Name',
    colour: 'Colour',
    parent: 'Parent theme',
    noParent: 'None (top-level theme)',
    definition: 'Definition',
    inclusion: 'Include when',
    exclusion: 'Exclude when',
    example: 'Example',
    rules: 'Coding rules',
    editDetails: 'Name, colour and place…',
    deleteTitle: 'Delete the theme “{{name}}”?',
    deleteCodings:
      '{{removed}} codings have only this theme and will be deleted. {{kept}} codings keep their other themes.',
    deleteChildren_one: 'The theme has {{count}} sub-theme, which will be deleted too.',
    deleteChildren_other: 'The theme has {{count}} sub-themes, which will be deleted too.',
    deleteNoCodings: 'No codings use the theme.',
    deleteUndo: 'You can undo the deletion.',
    confirmDelete: 'Delete theme',
    colourNames: {
      blue: 'Blue',
      teal: 'Teal',
      green: 'Green',
      olive: 'Olive',
      yellow: 'Yellow',
      orange: 'Orange',
      red: 'Red',
      pink: 'Pink',
      purple: 'Purple',
      brown: 'Brown',
      grey: 'Grey',
      sky: 'Sky blue',
    },
  },
  cases: {
    heading: 'Cases',
    add: 'Add case',
    empty: 'No cases yet. Add the municipalities or organisations the evaluation compares.',
    tableCaption: 'Cases of the project',
    name: 'Name',
    type: 'Type',
    attributes: 'Attributes',
    indicators: 'Indicators',
    sources: 'Sources',
    selectHint: 'Choose a case to edit it and add indicators and attributes.',
    details: 'Details',
    addTitle: 'New case',
    addIndicator: 'Add indicator',
    indicatorName: 'Indicator',
    value: 'Value',
    unit: 'Unit',
    source: 'Source of the figure',
    date: 'Date',
    note: 'Note',
    noIndicators: 'No indicators yet – e.g. number of company visits or participants.',
    removeIndicator: 'Delete the indicator {{name}}',
    deleteCase: 'Delete case',
    deleteTitle: 'Delete the case “{{name}}”?',
    deleteBody:
      '{{sources}} sources and {{respondents}} respondents are detached from the case but kept. You can undo the deletion.',
  },
  analysis: {
    heading: 'Analysis',
    theme: 'Theme',
    total: 'Total',
    noCase: 'No case',
  },
  findings: {
    heading: 'Findings & recommendations',
    findings: 'Findings',
    recommendations: 'Recommendations',
    noFindings: 'No findings yet. They are written from the coded quotes in Analysis.',
    noRecommendations: 'No recommendations yet. They build on the findings.',
    quotes_one: '{{count}} supporting quote',
    quotes_other: '{{count}} supporting quotes',
    themes: 'Themes',
    actor: 'Who should act',
    priority: 'Priority',
    timeframe: 'Time frame',
    linked: 'Based on',
  },
  reports: {
    heading: 'Reports',
  },
};
