import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { FyndError } from '../../../shared/errors';
import type { Lang } from '../../../shared/i18n';
import type { Mutation } from '../../../shared/contract';
import { put, type Op } from '../../../shared/model/ops';
import { codePointLength } from '../../../shared/model/text-offsets';
import { inspectProject } from '../project-inspector';
import { importRefiProject } from '../refi/refi-import';
import type { ProjectStore } from '../store/project-store';
import { SourceTexts } from '../store/source-texts';
import { planMerge, textHash, type MergePlan, type MergeSide } from './merge-plan';

/** The other copy read from disk: a Fynd project folder, or a .qdpx (or project.qde). */
export async function readMergeSide(
  path: string,
  lang: Lang,
): Promise<MergeSide & { name: string }> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new FyndError('notFound', 'There is nothing there.', { path });
  if (info.isDirectory()) {
    const { data } = await inspectProject(path);
    const reader = new SourceTexts(path);
    const texts = new Map<string, string>();
    for (const source of data.sources) {
      const text = await reader.readIfSound(source.id);
      if (text !== null) texts.set(source.id, text);
    }
    return { data, texts, name: data.project.name };
  }
  const kind = extname(path).toLowerCase();
  if (kind !== '.qdpx' && kind !== '.qde') {
    throw new FyndError('mergeUnknownKind', 'Merge reads a Fynd project folder or a .qdpx file.', {
      path,
    });
  }
  const { built } = await importRefiProject(path, { lang });
  return { data: built.file.data, texts: built.texts, name: built.file.data.project.name };
}

/**
 * Merges another copy into the open project as one edit (one undo step). The texts of new
 * sources are stored first, durably, and the plan is made again inside the commit, on the state
 * of that moment, so an edit made meanwhile is never doubled or lost.
 */
export async function mergeInto(
  store: ProjectStore,
  other: MergeSide,
  subject: string,
): Promise<{ mutation: Mutation; plan: MergePlan }> {
  const hashes = new Map<string, string>();
  for (const source of store.state.list('sources')) {
    const text = await store.texts.readIfSound(source.id);
    if (text !== null) hashes.set(source.id, textHash(text));
  }
  const first = planMerge(store.data(), hashes, other);
  for (const { source, text } of first.sources) await store.texts.write(source.id, text);
  let plan = first;
  const mutation = await store.commit({ action: 'project.merge', subject }, (state) => {
    plan = planMerge(state.data(), hashes, other);
    return { ops: opsOf(plan, new Set(first.sources.map((s) => s.source.id))) };
  });
  return { mutation, plan };
}

function opsOf(plan: MergePlan, stored: ReadonlySet<string>): Op[] {
  // A source whose text was not stored before the commit (it appeared meanwhile) waits for the
  // next merge, with its codings, rather than point at no text.
  const waiting = new Set(
    plan.sources.filter(({ source }) => !stored.has(source.id)).map(({ source }) => source.id),
  );
  return [
    ...plan.users.map((u) => put('users', u)),
    ...plan.cases.map((c) => put('cases', c)),
    ...plan.respondents.map((r) => put('respondents', r)),
    ...plan.themes.map((t) => put('themes', t)),
    ...plan.sources
      .filter(({ source }) => !waiting.has(source.id))
      .map(({ source, text }) => put('sources', { ...source, length: codePointLength(text) })),
    ...plan.codings.filter((c) => !waiting.has(c.sourceId)).map((c) => put('codings', c)),
  ];
}
