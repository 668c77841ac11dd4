import type { Shape } from './sv';
import type { svRefi } from './sv-refi';

/** English messages of REFI-QDA interchange (see sv-refi.ts). */
export const enRefi: Shape<typeof svRefi> = {
  refiImport: {
    project: 'Project “{{name}}” from {{origin}}',
    unknownOrigin: 'an unknown tool',
    coders: 'Coders: {{count}} ({{names}})',
    themes: 'Themes: {{count}}',
    sources: 'Sources: {{count}} ({{attributes}} attributes)',
    codings: 'Codings: {{count}}',
    memos: 'Memos: {{count}}',
    cases: 'Cases: {{count}} ({{attributes}} attributes)',
    coderGuid:
      'Coder “{{name}}” has GUID {{guid}} in {{origin}} (Fynd keeps the coder’s name and GUID).',
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
      '“{{source}}” was not imported: its text file {{path}} is missing (coded passages: {{selections}}).',
    sourceUnreadable: '“{{source}}” was not imported: {{reason}}',
    selectionUnfit:
      '“{{source}}”: passage {{name}} ({{start}}–{{end}}) fits no offset convention and was not imported.',
    selectionsAdjusted:
      '“{{source}}”: passage ends that fell inside a character (a letter and its accent, CR LF), moved out to the whole character: {{count}}.',
    selectionsUncoded: 'Passages without a code, not imported as codings: {{count}}.',
    unknownCodes: 'Codings naming a code that is not in the codebook, not imported: {{count}}.',
    otherSource:
      'Not imported: the {{kind}} “{{name}}” (coded passages: {{selections}}; Fynd holds text only).',
    kindPdf: 'PDF source',
    kindPicture: 'picture source',
    kindAudio: 'audio source',
    kindVideo: 'video source',
    links: 'Not imported: links between items ({{count}}).',
    graphs: 'Not imported: graphs ({{count}}).',
    setCarried:
      'The set “{{name}}” became the yes/no attribute “{{name}}” on its sources ({{count}}); the other sources do not have it.',
    setNoSources:
      'The set “{{name}}” was not carried: none of its sources ({{count}}) could be imported.',
    setKeyTaken:
      'The set “{{name}}” was not put on sources that already have an attribute of that name: {{sources}}.',
    codeSet:
      'The set “{{name}}” (codes: {{count}}) was not carried: Fynd has no sets of themes. Its codes: {{members}}.',
    notCodable:
      'Groupings (not codable) in {{origin}}, groupings in Fynd too: they cannot be chosen when coding ({{count}}): {{names}}.',
    themeRenamed:
      'Two themes at one level were called “{{name}}”; the second is now “{{renamed}}”.',
    caseConflict: '“{{source}}” belongs to several cases ({{cases}}); it was put in “{{chosen}}”.',
    unknownVariable:
      'Variable values naming a variable that does not exist, not imported: {{count}}.',
    unsafeEntries: 'Archive entries with unsafe names, never read ({{count}}): {{names}}.',
    truncated: '“{{name}}”: the text was longer than Fynd holds and was shortened.',
    summary:
      'Imported: sources {{sources}}, codings {{codings}}, themes {{themes}}. Could not be carried: {{notImported}} (listed above).',
    summaryAll:
      'Imported: sources {{sources}}, codings {{codings}}, themes {{themes}}. Everything came along.',
    memoTitle: 'Import from {{origin}}',
    descriptionTitle: 'Description from {{origin}}',
    noteTitle: 'Note',
    wroteProject: 'Wrote the project to {{dir}}',
    opened:
      'The project from {{origin}} is imported: sources {{sources}}, codings {{codings}}, themes {{themes}}. Could not be carried: {{notImported}}. The whole report is among the project’s memos (“Import from {{origin}}”).',
  },
  importForm: {
    title: 'Open a project from another tool',
    intro:
      'A REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA or QualCoder becomes a new Fynd project. The file you import from is not changed.',
    file: 'Project file (.qdpx)',
    fileHint: 'The whole path to the file, e.g. /Users/anna/Exports/project.qdpx',
    submit: 'Import and open',
  },
  refiExport: {
    wrote:
      'Wrote {{path}}: sources {{sources}}, codings {{codings}}, themes {{themes}}; offsets in {{units}}.',
    wroteCodebook: 'Wrote the codebook to {{path}}: themes {{themes}}.',
    unitsUtf16: 'UTF-16 code units (for NVivo)',
    unitsCodepoints: 'code points (for QualCoder)',
    notSeen:
      'Other tools will not see: valences {{valences}}, findings {{findings}}, recommendations {{recommendations}}, evaluation questions {{questions}}, indicators {{indicators}}. They travel in the note “Fynd”, which Fynd reads back.',
    badOffsets: '--offsets must be utf16 or codepoints.',
    badOut: '--out must end in .qdpx (the whole project) or .qdc (the codebook).',
  },
  refiCodebook: {
    added: 'New themes from the codebook under {{parent}}: {{count}}.',
    top: 'the top level',
    existing: 'Already there at the same level, not added again ({{count}}): {{names}}.',
    noParent: 'There is no theme called “{{name}}”; nothing was imported.',
  },
};
