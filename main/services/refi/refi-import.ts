import { basename, extname } from 'node:path';
import { translate, type Lang } from '../../../shared/i18n';
import type { Coding, Memo, MemoTarget } from '../../../shared/model/entities';
import { newId } from '../../../shared/model/primitives';
import { emptyProjectData, type ProjectData } from '../../../shared/model/project-data';
import {
  PROJECT_FORMAT,
  ProjectFileSchema,
  SCHEMA_VERSION,
} from '../../../shared/model/project-file';
import { snippetsOf } from '../actions/coding-actions';
import type { BuiltProject } from '../store/project-folder-writer';
import {
  nameList,
  ReportDetails,
  reportText,
  type RefiImportReport,
  type ReportLine,
} from './import-report';
import { applyExtras, readExtras } from './fynd-extras';
import { openQdeFile, openQdpx, type QdeContainer } from './qdpx-archive';
import { parseQde } from './qde-parser';
import { mapSourceAttributes } from './refi-attributes';
import { mapCases } from './refi-cases';
import { mapCodebook } from './refi-codebook';
import type { RefiNote, RefiProject } from './refi-model';
import { RefiUsers } from './refi-users';
import { mapSources, type PlacedSelection, type SourceReading } from './refi-sources';
import { cleanLongText, cleanName, IdKeeper, timestampOf } from './refi-values';

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
  const extrasNote = project.notes.find((n) => readExtras(notes.get(n.guid) ?? '') !== null);
  const extras = extrasNote ? readExtras(notes.get(extrasNote.guid) ?? '') : null;
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
  const onCodings = new Set(
    mapped.placed.flatMap((p) => [
      ...p.selection.noteRefs,
      ...p.selection.codings.flatMap((c) => c.noteRefs),
    ]),
  );
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
  const projectFile = ProjectFileSchema.parse({
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
  let uncoded = 0;
  let unknownCodes = 0;
  placed.forEach((p, i) => {
    const { selection } = p;
    const memo = [
      selection.description,
      ...[...selection.noteRefs, ...selection.codings.flatMap((c) => c.noteRefs)].map(
        (guid) => context.notes.get(guid) ?? '',
      ),
    ]
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .join('\n\n');
    const byCoder = new Map<string, { themeIds: string[]; created: string | null }>();
    for (const coding of selection.codings) {
      const themeId = context.themeOfCode.get(coding.codeGuid);
      if (!themeId) {
        unknownCodes++;
        continue;
      }
      const user = coding.creatingUser ?? selection.creatingUser ?? '';
      const group = byCoder.get(user) ?? {
        themeIds: [],
        created: coding.creationDateTime ?? selection.creationDateTime,
      };
      if (!group.themeIds.includes(themeId)) group.themeIds.push(themeId);
      byCoder.set(user, group);
    }
    if (selection.codings.length === 0) uncoded++;
    let first = true;
    for (const [user, group] of byCoder) {
      codings.push({
        id: first ? context.ids.keep(selection.guid) : context.ids.keep(''),
        sourceId: p.sourceId,
        start: p.start,
        end: p.end,
        snippet: snippets[i] ?? '',
        themeIds: group.themeIds.slice(0, 100),
        valence: 'neutral',
        memo: cleanLongText(memo),
        coderId: context.users.idOf(user),
        created: timestampOf(group.created, context.now),
      });
      first = false;
    }
  });
  if (uncoded > 0) context.details.missed(uncoded, 'selectionsUncoded', { count: uncoded });
  if (unknownCodes > 0)
    context.details.missed(unknownCodes, 'unknownCodes', { count: unknownCodes });
  return codings;
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
