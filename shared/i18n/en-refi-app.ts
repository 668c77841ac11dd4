import type { svRefiApp } from './sv-refi-app';

/** English words of REFI-QDA interchange in the app; the same keys as `sv-refi-app.ts`. */
export const enRefiApp: typeof svRefiApp = {
  refiExportForm: {
    heading: 'For other analysis tools (REFI-QDA)',
    cardIntro:
      'The whole project as .qdpx for NVivo, ATLAS.ti, MAXQDA and QualCoder, or just the codebook as .qdc.',
    openQdpx: 'Export to REFI-QDA (.qdpx)…',
    openQdc: 'Export the codebook (.qdc)…',
    title: {
      qdpx: 'Export to REFI-QDA (.qdpx)',
      qdc: 'Export the codebook (.qdc)',
    },
    intro: {
      qdpx: 'Sources with their text, themes, codings with coder and memo, cases with attributes. Other tools open the file as a new project.',
      qdc: 'Themes with their levels, colours and definitions, for other tools to read into a project of their own.',
    },
    fileName: { qdpx: 'REFI-QDA', qdc: 'codebook' },
    offsetsLegend: 'Positions in the text',
    offsets: {
      utf16: 'UTF-16 code units',
      codepoints: 'Code points',
    },
    offsetsHint: {
      utf16: 'What NVivo, ATLAS.ti and MAXQDA read. Choose this if you are not sure.',
      codepoints: 'For QualCoder.',
    },
    unseenHeading: 'What other tools will not see',
    unseen: {
      valences_one: '{{count}} coding with a valence',
      valences_other: '{{count}} codings with a valence',
      findings_one: '{{count}} finding',
      findings_other: '{{count}} findings',
      recommendations_one: '{{count}} recommendation',
      recommendations_other: '{{count}} recommendations',
      questions_one: '{{count}} evaluation question',
      questions_other: '{{count}} evaluation questions',
      indicators_one: '{{count}} indicator',
      indicators_other: '{{count}} indicators',
      syntheses_one: '{{count}} summary in the matrix',
      syntheses_other: '{{count}} summaries in the matrix',
      respondents_one: '{{count}} respondent',
      respondents_other: '{{count}} respondents',
      pseudonyms_one: '{{count}} pseudonym',
      pseudonyms_other: '{{count}} pseudonyms',
      themeGuidance_one: '{{count}} theme with inclusion or exclusion criteria or an example',
      themeGuidance_other: '{{count}} themes with inclusion or exclusion criteria or an example',
    },
    unseenNote: {
      qdpx: 'They travel in the note “Fynd”, which Fynd reads back: open the file in Fynd again and all of it is there.',
      qdc: 'A codebook has no place for them; they stay in the project.',
    },
    unseenNone: 'Nothing: everything in the project has a place in REFI-QDA.',
    save: 'Save…',
    download: 'Download',
    busy: 'Writing the file…',
    saved: 'Saved:',
    downloaded: 'Downloaded as',
  },
  codebookImport: {
    open: 'Import codebook (.qdc)…',
    title: 'Import codebook (.qdc)',
    intro:
      'Themes from a REFI-QDA codebook (from NVivo, ATLAS.ti, MAXQDA, Taguette or Fynd) are added to the project, as one step you can undo.',
    file: 'Codebook (.qdc)',
    fileHint: 'Choose the file, or type its whole path, e.g. /Users/anna/Exports/codebook.qdc',
    choose: 'Choose file…',
    picked: 'Chosen file: {{name}}',
    tooLarge: '“{{name}}” is too large for a codebook (at most 16 MB). Nothing was imported.',
    parent: 'Put under',
    top: 'The top level',
    submit: 'Import',
    added_one: '{{count}} new theme was added under {{parent}}.',
    added_other: '{{count}} new themes were added under {{parent}}.',
    topParent: 'the top level',
    existing: 'Already there at the same level, not added again: {{names}}.',
  },
  groupingTheme: {
    label: 'grouping',
    toggle: 'Grouping (not codable)',
    toggleHint:
      'A grouping gathers themes under it but cannot itself be used for coding, like non-codable codes in NVivo and ATLAS.ti.',
    skipped: 'a grouping, cannot be chosen for coding',
  },
};
