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
    api.call(name, parsed).then(
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
