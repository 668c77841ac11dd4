/**
 * English words for merging another copy of the same study. Spread into `en`; `sv-merge.ts`
 * must hold the same keys.
 */
export const enMerge = {
  mergeForm: {
    title: 'Merge another copy',
    intro:
      'A colleague’s copy of the same study becomes part of this project: new cases, themes, sources and codings are added with their coders, and nothing already here is ever doubled. The copy you read from is not changed.',
    path: 'Where the copy is',
    pathHint:
      'A Fynd project folder or a .qdpx file from NVivo, ATLAS.ti, MAXQDA or QualCoder, with its full path, e.g. /Users/anna/Shared/study-bertil.fynd',
    submit: 'Merge',
    undoHint: 'Undo takes the whole merge back in one step.',
    open: 'Merge a colleague’s copy…',
  },
  merge: {
    from: 'Merge with {{name}}:',
    added:
      'Added: {{users}} coders, {{cases}} cases, {{respondents}} respondents, {{themes}} themes, {{sources}} sources and {{codings}} codings.',
    matched:
      'Already here: {{users}} coders, {{cases}} cases, {{respondents}} respondents, {{themes}} themes, {{sources}} sources and {{codings}} codings.',
    nothingNew:
      'Nothing new: everything that can be merged was already here. The project is unchanged.',
    conflict_themeRenamed:
      'The theme “{{ours}}” is called “{{theirs}}” in the other copy. Rule: the name here is kept.',
    conflict_caseRenamed:
      'The case “{{ours}}” is called “{{theirs}}” in the other copy. Rule: the name here is kept.',
    conflict_sourceTextDiffers:
      'The source “{{ours}}” has another text in the other copy. Rule: the text here is kept, and the copy’s {{codings}} codings in it are left out (their positions would point at other words).',
    conflict_sourceTextMissing:
      'The source “{{theirs}}” has no readable text in the other copy. Rule: it and its {{codings}} codings are left out.',
    outsideText_one:
      '{{count}} coding of the other copy reaches past the end of its source’s text. Rule: it is left out.',
    outsideText_other:
      '{{count}} codings of the other copy reach past the end of their sources’ texts. Rule: they are left out.',
    notMerged:
      'Not merged, only in the other copy: {{findings}} findings, {{recommendations}} recommendations, {{questions}} evaluation questions, {{memos}} memos, {{syntheses}} syntheses, {{pseudonyms}} pseudonyms. Carry them over by hand if needed.',
  },
};
