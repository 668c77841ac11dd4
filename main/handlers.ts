import { basename } from 'node:path';
import type { z } from 'zod';
import {
  contract,
  isOpName,
  type Envelope,
  type OpName,
  type OpOutput,
  type OpParsedInput,
} from '../shared/contract';
import { FyndError, toErrorData } from '../shared/errors';
import { illFormedTextPath } from '../shared/well-formed-text';
import { newId } from '../shared/model/primitives';
import type { CollectionName } from '../shared/model/project-data';
import { addCodings, snippetsOf, updateCoding } from './services/actions/coding-actions';
import { addEntity, deleteEntity, updateEntity } from './services/actions/entity-actions';
import { addMemo, updateMemo } from './services/actions/memo-actions';
import { updateProjectMeta } from './services/actions/project-actions';
import { addSources, sourceBody } from './services/actions/source-actions';
import type { Session } from './services/session';
import { osUserName } from './services/app-user';
import { renameUser } from './services/actions/user-actions';
import { fileCandidate, importSources } from './services/import/import-sources';
import { mergeTheme, moveTheme } from './services/actions/theme-actions';
import {
  codingSummary,
  codingsByIds,
  codingsOfSources,
  evidenceOf,
} from './services/coding-queries';
import { listQuotes, planHitCodings, runSearch } from './services/analysis-service';
import { excelDownload, exportExcel, sheetsHtml } from './services/output-service';
import { coOccurrencePassages, themeCoOccurrence } from './services/co-occurrence-service';
import { themeCaseMatrix, themeCounts, themeImpact } from './services/count-service';
import { agreementOf, agreementPairs, disagreementPlaces } from './services/agreement-service';
import { settleDisagreement } from './services/actions/settle-actions';
import { findUser } from '../shared/model/users';
import { assertAbsolutePath } from './services/absolute-path';
import { mergeReportLines } from './services/merge/merge-report';
import { mergeInto, readMergeSide } from './services/merge/merge-service';
import { exportWord, wordDownload } from './services/word/word-output';
import { importCodebookData, importCodebookFile } from './services/refi/codebook-import';
import { exportRefi, refiDownload } from './services/refi/refi-output';

/** One function per contract operation; inputs arrive already validated. */
export type Handlers = {
  [K in OpName]: (input: OpParsedInput<K>) => Promise<OpOutput<K>>;
};

type Store = ReturnType<Session['store']>;
/** What names an edit in the undo menu: a text field of the entity, cut short. */
type Subject = (value: object) => string | undefined;

const text =
  (key: string): Subject =>
  (value) => {
    const field: unknown = Reflect.get(value, key);
    return typeof field === 'string' ? field.slice(0, 80) : undefined;
  };

/*
 * The generic add/update/delete of a collection, labelled for the undo menu. Each is checked
 * against its contract operation where the table names it.
 */
function adds(store: () => Store, coll: CollectionName, subjectOf: Subject) {
  return (input: object) =>
    store().commit({ action: `${coll}.add`, subject: subjectOf(input) }, addEntity(coll, input));
}

function updates(store: () => Store, coll: CollectionName, subjectOf: Subject) {
  return ({ id, patch }: { id: string; patch: object }) =>
    store().commit(
      { action: `${coll}.update`, subject: subjectOf(store().state.get(coll, id) ?? {}) },
      updateEntity(coll, id, patch),
    );
}

function deletes(store: () => Store, coll: CollectionName, subjectOf: Subject) {
  return ({ id }: { id: string }) =>
    store().commit(
      { action: `${coll}.delete`, subject: subjectOf(store().state.get(coll, id) ?? {}) },
      deleteEntity(coll, id),
    );
}

/** The handler table: the same for Electron IPC, the devhost and the tests. */
export function createHandlers(session: Session, overrides: Partial<Handlers> = {}): Handlers {
  const store = (): Store => session.store();
  const crud = (coll: CollectionName, subjectOf: Subject) => ({
    add: adds(store, coll, subjectOf),
    update: updates(store, coll, subjectOf),
    delete: deletes(store, coll, subjectOf),
  });
  const cases = crud('cases', text('name'));
  const respondents = crud('respondents', text('pseudonym'));
  const themes = crud('themes', text('name'));
  const findings = crud('findings', text('statement'));
  const recommendations = crud('recommendations', text('title'));
  const questions = crud('questions', text('text'));
  const pseudonyms = crud('pseudonyms', text('pseudonym'));
  const syntheses = crud('syntheses', text('text'));
  const memos = crud('memos', text('title'));
  const sources = crud('sources', text('title'));
  const codings = crud('codings', text('snippet'));
  const handlers: Handlers = {
    'app.info': async () => ({
      version: session.options.version,
      host: session.options.host,
      locale: session.options.locale,
      userDataDir: session.options.userDataDir,
    }),
    'project.recent': async () => ({ projects: await session.recent.entries() }),
    'project.forgetRecent': async ({ dir }) => {
      await session.recent.forget(dir);
      return { projects: await session.recent.entries() };
    },
    'user.current': async () => ({ user: await session.user.current(), suggested: osUserName() }),
    'user.setName': ({ name }) => session.setUserName(name),
    'users.rename': ({ id, name }) =>
      store().commit({ action: 'users.rename', subject: name }, renameUser(id, name)),
    'project.create': ({ dir, name, language, description, evaluator }) =>
      session.create(dir, { name, language, description, evaluator }),
    'project.open': ({ dir, takeOverLock }) => session.open(dir, { takeOver: takeOverLock }),
    'project.importRefi': ({ file, dir, language }) => session.importRefi(file, dir, language),
    'project.merge': async ({ path, language }) => {
      assertAbsolutePath(path);
      const side = await readMergeSide(path, language);
      const { mutation, plan } = await mergeInto(store(), side, basename(path));
      return { ...mutation, report: mergeReportLines(plan, side.name, language) };
    },
    'project.openDemo': () => session.openDemo(),
    'project.startDemoOver': () => session.startDemoOver(),
    'project.demoCopy': async () => ({ dir: await session.demoCopy() }),
    'project.restoreBackup': ({ dir, backup }) => session.restoreBackup(dir, backup),
    'project.current': async () => session.opened(),
    'project.close': async () => {
      await session.close();
      return {};
    },
    'project.update': (patch) =>
      store().commit({ action: 'project.update' }, updateProjectMeta(patch)),
    'cases.add': cases.add,
    'cases.update': cases.update,
    'cases.delete': cases.delete,
    'respondents.add': respondents.add,
    'respondents.update': respondents.update,
    'respondents.delete': respondents.delete,
    'sources.add': async ({ meta, text: raw, origin }) => {
      const body = sourceBody(raw);
      const id = newId();
      // The text is written (durably) before the edit that refers to it.
      await store().texts.write(id, body);
      return store().commit(
        { action: 'sources.add', subject: meta.title },
        addSources([{ id, meta, origin, body }]),
      );
    },
    'sources.update': sources.update,
    'sources.delete': sources.delete,
    'sources.text': async ({ id }) => {
      if (!store().state.has('sources', id))
        throw new FyndError('notFound', 'No such source.', { id });
      return { text: await store().texts.read(id) };
    },
    'sources.importFiles': ({ paths, meta }) =>
      importSources(store(), paths.map(fileCandidate), meta),
    'sources.importData': ({ files, meta }) =>
      importSources(
        store(),
        files.map((file) => ({
          name: file.name,
          origin: file.name,
          read: async () => new Uint8Array(Buffer.from(file.base64, 'base64')),
        })),
        meta,
      ),
    'themes.add': themes.add,
    'themes.update': themes.update,
    'themes.delete': themes.delete,
    'themes.merge': ({ id, into }) =>
      store().commit(
        { action: 'themes.merge', subject: store().state.get('themes', id)?.name },
        mergeTheme(id, into),
      ),
    'themes.move': ({ id, parentId, index }) =>
      store().commit(
        { action: 'themes.move', subject: store().state.get('themes', id)?.name },
        moveTheme(id, parentId, index),
      ),
    'codings.add': async (input) => {
      const snippets = await snippetsOf([input], (id) => store().texts.read(id));
      return store().commit(
        { action: 'codings.add', subject: snippets[0]?.slice(0, 80) },
        addCodings([input], snippets, session.coder()),
      );
    },
    'codings.addMany': async ({ codings: drafts }) => {
      const snippets = await snippetsOf(drafts, (id) => store().texts.read(id));
      return store().commit(
        { action: 'codings.addMany', subject: String(drafts.length) },
        addCodings(drafts, snippets, session.coder()),
      );
    },
    'codings.settle': async ({ decision, ...asked }) => {
      // The agreement view names coders; the edit needs their ids.
      const users = store().state.list('users');
      const idOf = (nameOrId: string) => {
        const user = findUser(users, nameOrId);
        if (!user)
          throw new FyndError('coderNotFound', 'No such coder.', {
            name: nameOrId,
            coders: users.map((u) => u.name).join(', '),
          });
        return user.id;
      };
      const place = { ...asked, coder: idOf(asked.coder), other: idOf(asked.other) };
      const text = await store().texts.read(place.sourceId);
      const theme = store().state.get('themes', place.themeId);
      return store().commit(
        { action: 'codings.settle', subject: theme?.name },
        settleDisagreement(place, decision, text),
      );
    },
    'codings.update': async ({ id, patch }) => {
      const current = store().state.get('codings', id);
      if (!current) throw new FyndError('notFound', 'It no longer exists.', { id });
      const text = await store().texts.read(current.sourceId);
      const { snippet, build } = updateCoding(current, patch, text);
      return store().commit({ action: 'codings.update', subject: snippet.slice(0, 80) }, build);
    },
    'codings.delete': codings.delete,
    'findings.add': findings.add,
    'findings.update': findings.update,
    'findings.delete': findings.delete,
    'recommendations.add': recommendations.add,
    'recommendations.update': recommendations.update,
    'recommendations.delete': recommendations.delete,
    'questions.add': questions.add,
    'questions.update': questions.update,
    'questions.delete': questions.delete,
    'pseudonyms.add': pseudonyms.add,
    'pseudonyms.update': pseudonyms.update,
    'pseudonyms.delete': pseudonyms.delete,
    'syntheses.add': syntheses.add,
    'syntheses.update': syntheses.update,
    'syntheses.delete': syntheses.delete,
    'memos.add': (input) =>
      store().commit({ action: 'memos.add', subject: input.title }, addMemo(input)),
    'memos.update': (input) =>
      store().commit({ action: 'memos.update', subject: input.patch.title }, updateMemo(input)),
    'memos.delete': memos.delete,
    'search.run': (input) => runSearch(store(), input),
    'search.codingPlan': (input) => planHitCodings(store(), input),
    'codings.ofSources': async (input) => codingsOfSources(store(), input),
    'codings.byIds': async (input) => codingsByIds(store(), input),
    'codings.summary': async () => codingSummary(store()),
    'analysis.evidence': async () => evidenceOf(store()),
    'quotes.list': ({ limit, ...filter }) => listQuotes(store(), filter, limit),
    'history.undo': () => store().undo(),
    'history.redo': () => store().redo(),
    'analysis.matrix': async (input) => themeCaseMatrix(store(), input),
    'themes.counts': async () => themeCounts(store()),
    'themes.impact': async (input) => themeImpact(store(), input),
    'analysis.coOccurrence': ({ scope }) => themeCoOccurrence(store(), scope),
    'analysis.agreement': (request) =>
      agreementOf(store().data(), (id) => store().texts.readIfSound(id), request),
    'analysis.agreementPairs': ({ unit }) =>
      agreementPairs(store().data(), (id) => store().texts.readIfSound(id), unit),
    'analysis.disagreements': (request) =>
      disagreementPlaces(store().data(), (id) => store().texts.readIfSound(id), request),
    'analysis.coOccurrencePlaces': (input) => coOccurrencePassages(store(), input),
    'report.excel': (input) => exportExcel(store(), input, session.events),
    'report.excelDownload': (input) => excelDownload(store(), input, session.events),
    'report.word': (input) => exportWord(store(), input),
    'report.wordDownload': (input) => wordDownload(store(), input),
    'refi.export': (input) => exportRefi(store(), input),
    'refi.exportDownload': (input) => refiDownload(store(), input),
    'refi.importCodebook': (input) => importCodebookFile(store(), input),
    'refi.importCodebookData': (input) => importCodebookData(store(), input),
    'sheets.html': async (input) => ({ html: sheetsHtml(store(), input) }),
    // Printing needs Electron; the browser fallback prints sheets.html with window.print.
    'sheets.print': async () => ({ unsupported: true as const }),
    'dialog.chooseSavePath': async () => ({ unsupported: true as const }),
    'refi.chooseSavePath': async () => ({ unsupported: true as const }),
    'refi.chooseOpenPath': async () => ({ unsupported: true as const }),
    'dialog.chooseFolder': async () => ({ unsupported: true as const }),
    'dialog.chooseFiles': async () => ({ unsupported: true as const }),
  };
  return { ...handlers, ...overrides };
}

/**
 * Validates and runs one call: unknown operation and off-schema input are refused before any
 * handler runs, so they change nothing. Every outcome becomes an envelope.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<Envelope> {
  try {
    if (typeof name !== 'string' || !isOpName(name)) {
      throw new FyndError('unknownOperation', 'Unknown operation.', {
        name: String(name).slice(0, 100),
      });
    }
    const parsed = contract[name].input.safeParse(payload ?? {});
    if (!parsed.success) throw invalidInput(parsed.error);
    const broken = illFormedTextPath(parsed.data);
    if (broken !== null) {
      throw new FyndError('invalidText', 'The text holds half of a character.', { path: broken });
    }
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    if (options.checkOutput) assertAnswer(name, value);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

/** How `dispatch` runs; tests and development builds also check what handlers answer. */
export interface DispatchOptions {
  checkOutput?: boolean;
}

/** Whether this process checks answers too (tests and `npm run dev` set FYND_CHECK_OUTPUT=1). */
export const checkOutputFromEnv = (): DispatchOptions => ({
  checkOutput: process.env.FYND_CHECK_OUTPUT === '1',
});

/** Fails loudly when a handler answers something its contract does not describe. */
function assertAnswer(name: OpName, value: unknown): void {
  const checked = contract[name].output.safeParse(value);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  throw new Error(
    `The answer of ${name} does not match the contract at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
  );
}

function invalidInput(error: z.ZodError): FyndError {
  const issue = error.issues[0];
  const path = issue ? issue.path.join('.') : '';
  return new FyndError(
    'invalidInput',
    `Invalid input${path ? ` at ${path}` : ''}: ${issue?.message ?? ''}`,
    {
      path,
      detail: issue?.message ?? '',
    },
  );
}
