import { useEffect, useMemo } from 'react';
import { userNames } from '../../../shared/model/users';
import type { Coding, User } from '../../../shared/model/entities';
import { api } from '../api/api-client';
import { identityOf, useApiQuery, type QueryState } from './use-api-query';
import { cacheMoment, holdCodings, useCodingsEdit, useProjectData } from './project-store';
import type { OpOutput } from '../../../shared/contract';

/**
 * The codings of the sources a view shows. The renderer holds only the codings findings cite
 * (shared/model/held-codings.ts); a source's codings are fetched when a view first needs them
 * and from then on kept current in the cache by the ops every edit answers with.
 */

// Sources whose every coding the cache holds, for the project of `loadedIn` (its generation).
const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();
let loadedIn = -1;

function loadedNow(): Set<string> {
  const generation = cacheMoment()?.generation ?? -1;
  if (generation !== loadedIn) {
    loaded.clear();
    loading.clear();
    loadedIn = generation;
  }
  return loaded;
}

/** Fetches the codings of these sources into the cache, once per source and project. */
export function holdSourceCodings(sourceIds: readonly string[]): Promise<void> {
  const wanted = sourceIds.filter((id) => !loadedNow().has(id) && !loading.has(id));
  const pending = sourceIds.map((id) => loading.get(id)).filter((p) => p !== undefined);
  if (wanted.length > 0) {
    const load = fetchInto(wanted).finally(() => {
      for (const id of wanted) if (loading.get(id) === load) loading.delete(id);
    });
    for (const id of wanted) loading.set(id, load);
    pending.push(load);
  }
  return Promise.all(pending).then(() => undefined);
}

async function fetchInto(sourceIds: string[]): Promise<void> {
  // An edit applied while the answer travelled may be missing from it: ask again (rarely needed).
  for (let attempt = 0; attempt < 5; attempt++) {
    const moment = cacheMoment();
    if (!moment) return;
    const answer = await api.call('codings.ofSources', { sourceIds });
    if (cacheMoment()?.generation !== moment.generation) return;
    // Marked first, so the views the cache's change wakes find the sources complete.
    for (const id of sourceIds) loadedNow().add(id);
    if (holdCodings(answer.codings, answer.seq, moment.generation)) return;
    for (const id of sourceIds) loaded.delete(id);
  }
}

/**
 * Every coding of these sources, in the cache's order, or null until they have arrived. The
 * list is a new array only when a coding of the project changed.
 */
export function useSourceCodings(sourceIds: readonly string[]): readonly Coding[] | null {
  const data = useProjectData();
  const key = sourceIds.join(' ');
  const ready = sourceIds.every((id) => loadedNow().has(id));
  const generation = identityOf(data.codings);
  useEffect(() => {
    // A failed fetch (the host gone a moment) is tried again when the view returns or an edit lands.
    if (!ready) holdSourceCodings(key === '' ? [] : key.split(' ')).catch(() => undefined);
  }, [key, ready, generation]);
  return useMemo(() => {
    if (!ready) return null;
    const wanted = new Set(key === '' ? [] : key.split(' '));
    return data.codings.filter((coding) => wanted.has(coding.sourceId));
  }, [ready, key, data.codings]);
}

/** How many codings there are, per source, and who coded: asked again after any coding changed. */
export function useCodingSummary(): QueryState<OpOutput<'codings.summary'>> | null {
  return useApiQuery('codings.summary', {}, useCodingsEdit());
}

const noCoders: readonly User[] = [];

/** The users who coded anything, by name: the choices of a coder filter. */
export function useCoders(): readonly User[] {
  const data = useProjectData();
  const summary = useCodingSummary();
  const coderIds = summary?.value?.coderIds;
  return useMemo(() => {
    if (!coderIds) return noCoders;
    const coded = new Set(coderIds);
    return data.users
      .filter((u) => coded.has(u.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }, [coderIds, data.users]);
}

/** Each coder's name by id once a second coder has coded (then views say who coded), else null. */
export function useCoderNames(): ReadonlyMap<string, string> | null {
  const data = useProjectData();
  const several = useCoders().length > 1;
  return useMemo(() => (several ? userNames(data.users) : null), [several, data.users]);
}
