import { basename, extname } from 'node:path';
import { translate, type Lang } from '../../../shared/i18n';
import type { Coding, Memo, MemoTarget } from '../../../shared/model/entities';
import { newId } from '../../../shared/model/primitives';
import { emptyProjectData, type ProjectData } from '../../../shared/model/project-data';
import { PROJECT_FORMAT, SCHEMA_VERSION } from '../../../shared/model/project-file';
import { snippetsOf } from '../actions/coding-actions';
import type { BuiltProject } from '../store/project-folder-writer';
import {
  nameList,
  ReportDetails,
  reportText,
  type RefiImportReport,
  type ReportLine,
} from './import-report';
import { compiledProjectFileSchema } from './compiled-schemas';
import { applyExtras, readExtras, type FyndExtras } from './fynd-extras';
import { openQdeFile, openQdpx, type QdeContainer } from './qdpx-archive';
import { parseQde } from './qde-parser';
import { mapSourceAttributes } from './refi-attributes';
import { mapCases } from './refi-cases';
import { mapCodebook } from './refi-codebook';
import type { RefiNote, RefiProject, RefiSelection } from './refi-model';
import { RefiUsers } from './refi-users';
import { mapSources, type PlacedSelection, type SourceReading } from './refi-sources';
import { cleanLongText, cleanName, IdKeeper, timestampOf, timestampReader } from './refi-values';

export interface RefiImportResult {
  built: BuiltProject;
  report: RefiImportReport;
  /** How each source's offsets were read. */
  readings: SourceReading[];
}

/**
 * A REFI-QDA project (.qdpx, or an unpacked project.qde) as a new Fynd project, built in memory:
 * what could be carried mapped onto Fynd's model, everything else named in the report, which is
 * also kept in the project as a memo.
 */
export async function importRefiProject(
  file: string,
  options: { lang: Lang; now?: string },
): Promise<RefiImportResult> {
  const container =
    extname(file).toLowerCase() === '.qde' ? await openQdeFile(file) : await openQdpx(file);
  const project = parseQde(container.qde);
  const now = options.now ?? new Date().toISOString();
  const lang = options.lang;
  const origin = project.origin.trim() || translate(lang, 'refiImport.unknownOrigin');
  const ids = new IdKeeper();
  const details = new ReportDetails();
  if (container.unsafeEntries.length > 0) {
    details.note('unsafeEntries', {
      count: container.unsafeEntries.length,
      names: nameList(container.unsafeEntries),
    });
  }
  const users = new RefiUsers(project.users, ids, translate(lang, 'users.unnamed'));
  for (const user of project.users) {
    details.note('coderGuid', { name: cleanName(user.name, user.guid), guid: user.guid, origin });
  }
  const codebook = mapCodebook(project.codes, ids, details, origin);
  const mapped = await mapSources(
    project.textSources,
    container,
    { basePath: project.basePath, origin, now, lang, fileName: basename(file) },
    ids,
    details,
  );
  const sourceAttributes = mapSourceAttributes(
    project,
    mapped.sources,
    mapped.sourceOfGuid,
    details,
  );
  const { cases, attributes } = mapCases(
    project.cases,
    project.variables,
    mapped.sources,
    mapped.sourceOfGuid,
    ids,
    details,
  );
  const notes = await noteTexts(project.notes, container);
  // A project Fynd exported carries what REFI has no place for in one note (see fynd-extras.ts).
  const { note: extrasNote, extras } = extrasOf(project.notes, notes);
  const carried = new Set([extrasNote?.guid ?? '', ...(extras?.memos.map((m) => m.id) ?? [])]);
  const codings = await buildCodings(mapped.placed, mapped.texts, {
    themeOfCode: codebook.themeOfCode,
    users,
    notes,
    now,
    ids,
    details,
  });
  reportNotCarried(project, details);

  const memos: Memo[] = [];
  const addMemo = (title: string, text: string, target: MemoTarget, created = now) => {
    if (text.trim() === '') return;
    memos.push({
      id: newId(),
      title: cleanName(title, '–'),
      text: cleanLongText(text),
      target,
      created,
      updated: created,
    });
  };
  const descriptionTitle = translate(lang, 'refiImport.descriptionTitle', { origin });
  for (const source of project.textSources) {
    const id = mapped.sourceOfGuid.get(source.guid);
    if (id) addMemo(descriptionTitle, source.description, { kind: 'source', id });
  }
  project.cases.forEach((refiCase, i) => {
    const id = cases[i]?.id;
    if (id) addMemo(descriptionTitle, refiCase.description, { kind: 'case', id });
  });
  const noteTarget = new Map<string, MemoTarget>();
  for (const [guid, id] of codebook.noteTargets) noteTarget.set(guid, { kind: 'theme', id });
  for (const source of project.textSources) {
    const id = mapped.sourceOfGuid.get(source.guid);
    if (id) for (const guid of source.noteRefs) noteTarget.set(guid, { kind: 'source', id });
  }
  project.cases.forEach((refiCase, i) => {
    const id = cases[i]?.id;
    if (id) for (const guid of refiCase.noteRefs) noteTarget.set(guid, { kind: 'case', id });
  });
  const onCodings = new Set<string>();
  for (const { selection } of mapped.placed) {
    for (const guid of selection.noteRefs) onCodings.add(guid);
    for (const coding of selection.codings) for (const guid of coding.noteRefs) onCodings.add(guid);
  }
  const noteTitle = translate(lang, 'refiImport.noteTitle');
  for (const note of project.notes) {
    if (carried.has(note.guid)) continue;
    if (onCodings.has(note.guid) && !noteTarget.has(note.guid)) continue;
    addMemo(
      note.name || noteTitle,
      notes.get(note.guid) ?? '',
      noteTarget.get(note.guid) ?? { kind: 'project' },
      timestampOf(note.creationDateTime, now),
    );
  }
  const description = cleanLongText(project.description);
  if (description.length > 5000) addMemo(descriptionTitle, description, { kind: 'project' });

  const kinds: ReportLine[] = [
    { key: 'project', params: { name: project.name || basename(file), origin } },
    {
      key: 'coders',
      params: {
        count: project.users.length,
        names: nameList(
          users
            .list()
            .slice(0, project.users.length)
            .map((u) => u.name),
        ),
      },
    },
    { key: 'themes', params: { count: codebook.themes.length } },
    { key: 'sources', params: { count: mapped.sources.length, attributes: sourceAttributes } },
    { key: 'codings', params: { count: codings.length } },
    { key: 'memos', params: { count: memos.length + 1 + (extras?.memos.length ?? 0) } },
    { key: 'cases', params: { count: cases.length, attributes } },
  ];
  const totals = {
    sources: mapped.sources.length,
    codings: codings.length,
    themes: codebook.themes.length,
  };
  const report: RefiImportReport = {
    kinds,
    details: details.lines,
    notImported: details.notImported,
    summary:
      details.notImported > 0
        ? { key: 'summary', params: { ...totals, notImported: details.notImported } }
        : { key: 'summaryAll', params: totals },
  };
  addMemo(
    translate(lang, 'refiImport.memoTitle', { origin }),
    reportText(report, lang).join('\n'),
    { kind: 'project' },
  );

  const read: ProjectData = {
    ...emptyProjectData({
      id: newId(),
      name: cleanName(project.name, basename(file, extname(file))),
      description: description.length > 5000 ? '' : description,
      language: lang,
      evaluator: '',
      created: now,
    }),
    cases,
    sources: mapped.sources,
    themes: codebook.themes,
    codings,
    memos,
    users: users.list(),
  };
  const restored = extras ? applyExtras(read, extras) : read;
  if (extras) restored.memos = [...restored.memos, ...memos];
  const projectFile = compiledProjectFileSchema().parse({
    format: PROJECT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    seq: 0,
    saved: now,
    data: restored,
    history: { undo: [], redo: [] },
  });
  return { built: { file: projectFile, texts: mapped.texts }, report, readings: mapped.readings };
}

/** Each note's text: its PlainTextContent, else the file its plainTextPath names. */
async function noteTexts(
  notes: readonly RefiNote[],
  container: QdeContainer,
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const note of notes) {
    let text = note.text;
    if (!text && note.plainTextPath) {
      const path = note.plainTextPath.replace(/^internal:\/\//i, '');
      const bytes = await container.internal(path);
      if (bytes) text = new TextDecoder('utf-8').decode(bytes);
    }
    texts.set(note.guid, text);
  }
  return texts;
}

/** The first note that carries Fynd's extras, and them: each note's JSON parsed once. */
function extrasOf(
  refiNotes: readonly RefiNote[],
  texts: ReadonlyMap<string, string>,
): { note: RefiNote | null; extras: FyndExtras | null } {
  for (const note of refiNotes) {
    const extras = readExtras(texts.get(note.guid) ?? '');
    if (extras) return { note, extras };
  }
  return { note: null, extras: null };
}

/**
 * Placed selections with their Codings → codings: one per selection and coder (Fynd keeps one
 * coder per coding), its themes the codes that coder applied; the selection's Description and
 * the notes on it become the coding's memo.
 */
async function buildCodings(
  placed: readonly PlacedSelection[],
  texts: ReadonlyMap<string, string>,
  context: {
    themeOfCode: ReadonlyMap<string, string>;
    users: RefiUsers;
    notes: ReadonlyMap<string, string>;
    now: string;
    ids: IdKeeper;
    details: ReportDetails;
  },
): Promise<Coding[]> {
  const snippets = await snippetsOf(placed, async (id) => texts.get(id) ?? '');
  const codings: Coding[] = [];
  const created = timestampReader(context.now);
  const unknown = { codes: 0 };
  let uncoded = 0;
  // Plain loops: 50,000 selections make any closure or Map made per selection count.
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i] as PlacedSelection;
    const { selection } = p;
    if (selection.codings.length === 0) uncoded++;
    const groups = coderGroups(selection, context.themeOfCode, unknown);
    if (groups.length === 0) continue;
    const memo = memoOf(selection, context.notes);
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g] as CoderGroup;
      codings.push({
        id: context.ids.keep(g === 0 ? selection.guid : ''),
        sourceId: p.sourceId,
        start: p.start,
        end: p.end,
        snippet: snippets[i] ?? '',
        themeIds: group.themeIds.length > 100 ? group.themeIds.slice(0, 100) : group.themeIds,
        valence: 'neutral',
        memo,
        coderId: context.users.idOf(group.user),
        created: created(group.created),
      });
    }
  }
  if (uncoded > 0) context.details.missed(uncoded, 'selectionsUncoded', { count: uncoded });
  if (unknown.codes > 0)
    context.details.missed(unknown.codes, 'unknownCodes', { count: unknown.codes });
  return codings;
}

interface CoderGroup {
  /** The coder's REFI GUID ('' for none). */
  user: string;
  themeIds: string[];
  created: string | null;
}

/**
 * A selection's codes by coder, in the order each coder first appears; a code the codebook
 * does not hold is counted in `unknown`.
 */
function coderGroups(
  selection: RefiSelection,
  themeOfCode: ReadonlyMap<string, string>,
  unknown: { codes: number },
): CoderGroup[] {
  const groups: CoderGroup[] = [];
  for (const coding of selection.codings) {
    const themeId = themeOfCode.get(coding.codeGuid);
    if (!themeId) {
      unknown.codes++;
      continue;
    }
    const user = coding.creatingUser ?? selection.creatingUser ?? '';
    let group: CoderGroup | undefined;
    for (const candidate of groups) if (candidate.user === user) group = candidate;
    if (!group) {
      group = {
        user,
        themeIds: [],
        created: coding.creationDateTime ?? selection.creationDateTime,
      };
      groups.push(group);
    }
    if (!group.themeIds.includes(themeId)) group.themeIds.push(themeId);
  }
  return groups;
}

/** A selection's Description and the notes on it and its codings, as one coding memo. */
function memoOf(selection: RefiSelection, notes: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  const description = selection.description.trim();
  if (description !== '') parts.push(description);
  for (const guid of selection.noteRefs) pushTrimmed(parts, notes.get(guid));
  for (const coding of selection.codings) {
    for (const guid of coding.noteRefs) pushTrimmed(parts, notes.get(guid));
  }
  // Most selections carry no memo at all: nothing to clean.
  return parts.length === 0 ? '' : cleanLongText(parts.join('\n\n'));
}

function pushTrimmed(parts: string[], text: string | undefined): void {
  const trimmed = (text ?? '').trim();
  if (trimmed !== '') parts.push(trimmed);
}

/**
 * Media sources, links, graphs and sets of codes: counted and named, never dropped silently
 * (sets of sources became attributes, see `mapSourceAttributes`).
 */
function reportNotCarried(project: RefiProject, details: ReportDetails): void {
  const kindKey = {
    pdf: 'kindPdf',
    picture: 'kindPicture',
    audio: 'kindAudio',
    video: 'kindVideo',
  };
  for (const other of project.otherSources) {
    details.missed(1 + other.selections, 'otherSource', {
      kind: { msg: kindKey[other.kind] },
      name: other.name,
      selections: other.selections,
    });
  }
  if (project.links > 0) details.missed(project.links, 'links', { count: project.links });
  if (project.graphs > 0) details.missed(project.graphs, 'graphs', { count: project.graphs });
  const codeName = new Map<string, string>();
  const walk = (codes: RefiProject['codes']) =>
    codes.forEach((c) => {
      codeName.set(c.guid, c.name);
      walk(c.children);
    });
  walk(project.codes);
  for (const set of project.sets) {
    if (set.memberCodes.length > 0) {
      const members = set.memberCodes.map((g) => codeName.get(g) ?? g);
      details.missed(1, 'codeSet', {
        name: set.name,
        count: members.length,
        members: nameList(members),
      });
    }
  }
}
