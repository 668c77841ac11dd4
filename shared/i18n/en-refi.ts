import type { Shape } from './sv';
import type { svRefi } from './sv-refi';

/** English messages of REFI-QDA interchange (see sv-refi.ts). */
export const enRefi: Shape<typeof svRefi> = {
  refiImport: {
    project: 'Project “{{name}}” from {{origin}}',
    unknownOrigin: 'an unknown tool',
    coders: 'Coders: {{count}} ({{names}})',
    themes: 'Themes: {{count}}',
    sources: 'Sources: {{count}}',
    codings: 'Codings: {{count}}',
    memos: 'Memos: {{count}}',
    cases: 'Cases: {{count}} ({{attributes}} attributes)',
    coderGuid: 'Coder “{{name}}” has GUID {{guid}} in {{origin}} (Fynd keeps the coder’s name).',
    convention:
      '“{{source}}”: offsets read as {{units}}{{crlf}}{{bom}}; {{onWords}} of {{count}} coded passages start and end on word boundaries.',
    unitsUtf16: 'UTF-16 code units (as NVivo writes them)',
    unitsCodepoints: 'code points (as QualCoder writes them)',
    unitsSame:
      'characters (the text has none beyond the BMP, so UTF-16 units and code points agree)',
    crlf1: ', CR LF as one position',
    crlf2: ', CR LF as two positions',
    bomCounted: ', BOM counted',
    bomNotCounted: ', BOM not counted',
    undecided:
      '“{{source}}”: the text does not tell the conventions apart as well; the likeliest was used.',
    fromDocx:
      '“{{source}}”: the file has no plain text; the text was taken from the Word document ({{path}}).',
    external: '“{{source}}” was read from {{path}}, outside the archive.',
    sourceMissing:
      '“{{source}}” was not imported: its text file {{path}} is missing ({{selections}} coded passages).',
    sourceUnreadable: '“{{source}}” was not imported: {{reason}}',
    selectionUnfit:
      '“{{source}}”: passage {{name}} ({{start}}–{{end}}) fits no offset convention and was not imported.',
    selectionsAdjusted:
      '“{{source}}”: {{count}} passage ends fell inside a character (a letter and its accent, CR LF) and were moved out to the whole character.',
    selectionsUncoded: '{{count}} passages without a code were not imported as codings.',
    unknownCodes:
      '{{count}} codings name a code that is not in the codebook and were not imported.',
    otherSource:
      'Not imported: the {{kind}} “{{name}}” with {{selections}} coded passages (Fynd holds text only).',
    kindPdf: 'PDF source',
    kindPicture: 'picture source',
    kindAudio: 'audio source',
    kindVideo: 'video source',
    links: 'Not imported: {{count}} links between items.',
    graphs: 'Not imported: {{count}} graphs.',
    set: 'The set “{{name}}” ({{count}} sources) has no place in Fynd (sources have no attributes); its sources: {{members}}.',
    codeSet: 'The set “{{name}}” ({{count}} codes) has no place in Fynd; its codes: {{members}}.',
    notCodable:
      'Groupings only (not codable) in {{origin}}, ordinary themes in Fynd ({{count}}): {{names}}.',
    themeRenamed:
      'Two themes at one level were called “{{name}}”; the second is now “{{renamed}}”.',
    sourceValues:
      '“{{source}}”: {{count}} variable values on the source itself (Fynd keeps attributes on cases): {{values}}.',
    caseConflict: '“{{source}}” belongs to several cases ({{cases}}); it was put in “{{chosen}}”.',
    unknownVariable:
      '{{count}} variable values name a variable that does not exist and were not imported.',
    unsafeEntries: '{{count}} archive entries with unsafe names were never read: {{names}}.',
    truncated: '“{{name}}”: the text was longer than Fynd holds and was shortened.',
    summary:
      'Imported {{sources}} sources, {{codings}} codings and {{themes}} themes; {{notImported}} things could not be carried (listed above).',
    summaryAll:
      'Imported {{sources}} sources, {{codings}} codings and {{themes}} themes; everything came along.',
    memoTitle: 'Import from {{origin}}',
    descriptionTitle: 'Description from {{origin}}',
    noteTitle: 'Note',
    wroteProject: 'Wrote the project to {{dir}}',
  },
};
