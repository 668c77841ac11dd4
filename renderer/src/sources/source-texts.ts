import { useEffect } from 'react';
import type { FyndErrorData } from '../../../shared/errors';
import { api, errorDataOf } from '../api/api-client';
import { observable, useObservable } from '../state/observable';

type Entry = { text: string } | { error: FyndErrorData } | 'loading';

/** Source texts already fetched. A source's text is written once, so it never goes stale. */
const texts = observable<ReadonlyMap<string, Entry>>(new Map());

function put(id: string, entry: Entry): void {
  texts.update((map) => new Map(map).set(id, entry));
}

/** Fetches a source's text unless it is already here or on its way. */
export async function loadSourceText(id: string): Promise<void> {
  const current = texts.get().get(id);
  if (current === 'loading' || (current && 'text' in current)) return;
  put(id, 'loading');
  try {
    const { text } = await api.call('sources.text', { id });
    put(id, { text });
  } catch (error) {
    put(id, { error: errorDataOf(error) });
  }
}

/** A source's text in React: undefined while loading, or the error that stopped it. */
export function useSourceText(id: string): { text?: string; error?: FyndErrorData } {
  const entry = useObservable(texts).get(id);
  useEffect(() => {
    void loadSourceText(id);
  }, [id]);
  if (!entry || entry === 'loading') return {};
  return entry;
}
