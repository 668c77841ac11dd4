import { join } from 'node:path';
import type { OpName, OpInput, OpOutput } from '../../shared/contract';
import type { FyndErrorData } from '../../shared/errors';
import { createHandlers, dispatch, type Handlers } from '../../main/handlers';
import { Session } from '../../main/services/session';
import type { StoreOptions } from '../../main/services/store/project-store';
import { tempDir } from './temp-dir';

/** A session and handler table on a temporary user-data folder, as the devhost builds them. */
export async function testSession(storeOptions: Partial<StoreOptions> = {}) {
  const root = await tempDir();
  const session = new Session({
    userDataDir: join(root, 'user-data'),
    host: 'web',
    version: 'test',
    locale: 'sv-SE',
    storeOptions,
  });
  const handlers: Handlers = createHandlers(session);
  /** Calls an operation through validation, throwing the error data on failure. */
  async function call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>> {
    // Every answer is checked against the contract too: each handler test proves its shape.
    const envelope = await dispatch(handlers, name, input, { checkOutput: true });
    if (!envelope.ok)
      throw Object.assign(new Error(envelope.error.message), { data: envelope.error });
    return envelope.value as OpOutput<K>;
  }
  /** Calls with any payload and returns the envelope, for bad-input tests. */
  const raw = (name: unknown, payload: unknown) =>
    dispatch(handlers, name, payload, { checkOutput: true });
  return { root, session, handlers, call, raw };
}

/** The error data of a rejected call. */
export async function rejection(promise: Promise<unknown>): Promise<FyndErrorData> {
  try {
    await promise;
  } catch (error) {
    const data = (error as { data?: FyndErrorData }).data;
    if (data) return data;
    throw error;
  }
  throw new Error('Expected the call to fail');
}
