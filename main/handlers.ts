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
import { normaliseText, codePointLength } from '../shared/model/text-offsets';
import { addCodings, snippetOf, snippetsOf } from './services/actions/coding-actions';
import { addEntity, deleteEntity, updateEntity } from './services/actions/entity-actions';
import type { Session } from './services/session';
import { fileCandidate, importSources } from './services/import/import-sources';
import { mergeTheme, moveTheme } from './services/actions/theme-actions';
import { listQuotes, planHitCodings, runSearch } from './services/analysis-service';
import { excelDownload, exportExcel, sheetsHtml } from './services/output-service';
import { coOccurrencePassages, themeCoOccurrence } from './services/co-occurrence-service';
import { exportWord, wordDownload } from './services/word/word-output';

/** One function per contract operation; inputs arrive already validated. */
export type Handlers = {
  [K in OpName]: (input: OpParsedInput<K>) => Promise<OpOutput<K>>;
};

/** Collections whose add/update/delete need nothing beyond the generic builders. */
type SimpleCollection =
  | 'cases'
  | 'respondents'
  | 'themes'
  | 'findings'
  | 'recommendations'
  | 'questions'
  | 'pseudonyms'
  | 'syntheses';

/** The generic add/update/delete of one collection, labelled for the undo menu. */
function crudHandlers<N extends SimpleCollection>(
  session: Session,
  coll: N,
  subjectOf: (value: Record<string, unknown>) => string | undefined,
) {
  return {
    [`${coll}.add`]: (input: Record<string, unknown>) =>
      session
        .store()
        .commit({ action: `${coll}.add`, subject: subjectOf(input) }, addEntity(coll, input)),
    [`${coll}.update`]: ({ id, patch }: { id: string; patch: Record<string, unknown> }) =>
      session.store().commit(
        {
          action: `${coll}.update`,
          subject: subjectOf(session.store().state.get(coll, id) ?? {}),
        },
        updateEntity(coll, id, patch),
      ),
    [`${coll}.delete`]: ({ id }: { id: string }) =>
      session.store().commit(
        {
          action: `${coll}.delete`,
          subject: subjectOf(session.store().state.get(coll, id) ?? {}),
        },
        deleteEntity(coll, id),
      ),
  };
}

const text = (key: string) => (value: Record<string, unknown>) =>
  typeof value[key] === 'string' ? (value[key] as string).slice(0, 80) : undefined;

/** The handler table: the same for Electron IPC, the devhost and the tests. */
export function createHandlers(session: Session, overrides: Partial<Handlers> = {}): Handlers {
  const store = () => session.store();
  const generic = {
    ...crudHandlers(session, 'cases', text('name')),
    ...crudHandlers(session, 'respondents', text('pseudonym')),
    ...crudHandlers(session, 'themes', text('name')),
    ...crudHandlers(session, 'findings', text('statement')),
    ...crudHandlers(session, 'recommendations', text('title')),
    ...crudHandlers(session, 'questions', text('text')),
    ...crudHandlers(session, 'pseudonyms', text('pseudonym')),
    ...crudHandlers(session, 'syntheses', text('text')),
  } as unknown as Pick<Handlers, `${SimpleCollection}.${'add' | 'update' | 'delete'}`>;
  const specific: Omit<Handlers, `${SimpleCollection}.${'add' | 'update' | 'delete'}`> = {
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
    'project.create': ({ dir, name, language, description, evaluator }) =>
      session.create(dir, { name, language, description, evaluator }),
    'project.open': ({ dir, takeOverLock }) => session.open(dir, { takeOver: takeOverLock }),
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
      store().commit({ action: 'project.update' }, (state) => {
        const next = { ...state.project, ...withoutUndefined(patch) };
        return {
          ops:
            JSON.stringify(next) === JSON.stringify(state.project)
              ? []
              : [{ op: 'meta', value: next }],
        };
      }),
    'memos.add': (input) => {
      const now = new Date().toISOString();
      return store().commit(
        { action: 'memos.add', subject: input.title },
        addEntity('memos', input, () => ({ created: now, updated: now })),
      );
    },
    'memos.update': ({ id, patch }) =>
      store().commit(
        { action: 'memos.update', subject: patch.title },
        updateEntity('memos', id, patch, () => ({ updated: new Date().toISOString() })),
      ),
    'memos.delete': ({ id }) =>
      store().commit(
        { action: 'memos.delete', subject: store().state.get('memos', id)?.title },
        deleteEntity('memos', id),
      ),
    'codings.add': async (input) => {
      const snippets = await snippetsOf([input], (id) => store().texts.read(id));
      return store().commit(
        { action: 'codings.add', subject: snippets[0]?.slice(0, 80) },
        addCodings([input], snippets, store().state.project.evaluator),
      );
    },
    'codings.update': async ({ id, patch }) => {
      const current = store().state.get('codings', id);
      if (!current) throw new FyndError('notFound', 'It no longer exists.', { id });
      const start = patch.start ?? current.start;
      const end = patch.end ?? current.end;
      const snippet = snippetOf(await store().texts.read(current.sourceId), start, end);
      return store().commit(
        { action: 'codings.update', subject: snippet.slice(0, 80) },
        updateEntity('codings', id, { ...patch, sourceId: current.sourceId }, () => ({ snippet })),
      );
    },
    'codings.delete': ({ id }) =>
      store().commit(
        {
          action: 'codings.delete',
          subject: store().state.get('codings', id)?.snippet.slice(0, 80),
        },
        deleteEntity('codings', id),
      ),
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
    'codings.addMany': async ({ codings }) => {
      const snippets = await snippetsOf(codings, (id) => store().texts.read(id));
      return store().commit(
        { action: 'codings.addMany', subject: String(codings.length) },
        addCodings(codings, snippets, store().state.project.evaluator),
      );
    },
    'search.run': (input) => runSearch(store(), input),
    'search.codingPlan': (input) => planHitCodings(store(), input),
    'quotes.list': ({ limit, ...filter }) => listQuotes(store(), filter, limit),
    'sources.add': async ({ meta, text: raw, origin }) => {
      const body = normaliseText(raw);
      if (body.trim().length === 0) {
        throw new FyndError('invalidInput', 'The text is empty.', { path: 'text' });
      }
      const id = newId();
      // The text is written (durably) before the edit that refers to it.
      await store().texts.write(id, body);
      const computed = {
        length: codePointLength(body),
        origin,
        imported: new Date().toISOString(),
      };
      return store().commit(
        { action: 'sources.add', subject: meta.title },
        addEntity('sources', { ...meta, ...computed }, undefined, id),
      );
    },
    'sources.update': ({ id, patch }) =>
      store().commit(
        { action: 'sources.update', subject: store().state.get('sources', id)?.title },
        updateEntity('sources', id, patch),
      ),
    'sources.delete': ({ id }) =>
      store().commit(
        { action: 'sources.delete', subject: store().state.get('sources', id)?.title },
        deleteEntity('sources', id),
      ),
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
    'history.undo': () => store().undo(),
    'history.redo': () => store().redo(),
    'analysis.coOccurrence': ({ scope }) => themeCoOccurrence(store(), scope),
    'analysis.coOccurrencePlaces': (input) => coOccurrencePassages(store(), input),
    'report.excel': (input) => exportExcel(store(), input, session.events),
    'report.excelDownload': (input) => excelDownload(store(), input, session.events),
    'report.word': (input) => exportWord(store(), input),
    'report.wordDownload': (input) => wordDownload(store(), input),
    'sheets.html': async (input) => ({ html: sheetsHtml(store(), input) }),
    // Printing needs Electron; the browser fallback prints sheets.html with window.print.
    'sheets.print': async () => ({ unsupported: true as const }),
    'dialog.chooseSavePath': async () => ({ unsupported: true as const }),
    'dialog.chooseFolder': async () => ({ unsupported: true as const }),
    'dialog.chooseFiles': async () => ({ unsupported: true as const }),
  };
  return { ...generic, ...specific, ...overrides };
}

function withoutUndefined(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
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
