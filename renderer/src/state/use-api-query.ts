import { useEffect, useState } from 'react';
import type { OpInput, OpName, OpOutput } from '../../../shared/contract';
import type { FyndErrorData } from '../../../shared/errors';
import { api, errorDataOf } from '../api/api-client';

export type QueryState<T> =
  | { status: 'loading'; value: T | undefined }
  | { status: 'ok'; value: T }
  | { status: 'error'; value: T | undefined; error: FyndErrorData };

interface Answer<T> {
  key: string;
  value?: T;
  error?: FyndErrorData;
}

// Views that ask the same at the same moment (the coders beside the counts) share one call.
const inFlight = new Map<string, Promise<unknown>>();

function shared<K extends OpName>(name: K, key: string, input: OpInput<K>): Promise<OpOutput<K>> {
  const id = `${name} ${key}`;
  let call = inFlight.get(id) as Promise<OpOutput<K>> | undefined;
  if (!call) {
    call = api.call(name, input);
    inFlight.set(id, call);
    const done = () => inFlight.delete(id);
    call.then(done, done);
  }
  return call;
}

const identities = new WeakMap<object, number>();
let nextIdentity = 1;

/** A number that changes when an object is replaced (the cache replaces what an edit changes). */
export function identityOf(value: object): number {
  let id = identities.get(value);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(value, id);
  }
  return id;
}

/**
 * A read-only API call whose answer follows its input: called again when the input (compared
 * as JSON) or `version` changes. While a new answer is on its way the last one stays visible,
 * so lists do not flicker. Pass `null` as input to call nothing.
 */
export function useApiQuery<K extends OpName>(
  name: K,
  input: OpInput<K> | null,
  version: number | string = 0,
): QueryState<OpOutput<K>> | null {
  const key = input === null ? null : `${version}:${JSON.stringify(input)}`;
  const [answer, setAnswer] = useState<Answer<OpOutput<K>> | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const parsed = JSON.parse(key.slice(key.indexOf(':') + 1)) as OpInput<K>;
    shared(name, key, parsed).then(
      (value) => live && setAnswer({ key, value }),
      (error: unknown) => live && setAnswer({ key, error: errorDataOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [name, key]);
  if (key === null) return null;
  if (!answer || answer.key !== key) return { status: 'loading', value: answer?.value };
  if (answer.error) return { status: 'error', value: undefined, error: answer.error };
  return { status: 'ok', value: answer.value as OpOutput<K> };
}
