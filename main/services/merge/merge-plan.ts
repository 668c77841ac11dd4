import { createHash } from 'node:crypto';
import type { Case, Coding, Respondent, Source, Theme, User } from '../../../shared/model/entities';
import { userNameKey } from '../../../shared/model/users';
import type { ProjectData } from '../../../shared/model/project-data';
import { TextOffsets } from '../../../shared/model/text-offsets';
import { themeNameKey } from '../../../shared/model/theme-names';
import { themeTree } from '../../../shared/model/theme-tree';

/**
 * Merging another copy of the same study into this one: what is new is added, what both hold is
 * matched, and what cannot be matched without guessing is reported with the rule applied.
 *
 * Matching: sources by id, then by the hash of their stored text (other tools give new GUIDs on
 * every export); themes by id, then by their path of names; cases by id, then by name;
 * respondents by id, then by name in the same case; coders by id, then by name. A coding is new unless this copy already
 * holds its id or one with the same source, bounds, themes and coder. New entities keep their
 * ids, so merging the same copy again finds everything by id and changes nothing.
 */

/** The other copy: its data, and the stored text of each of its sources. */
export interface MergeSide {
  data: ProjectData;
  texts: ReadonlyMap<string, string>;
}

/** A conflict and the rule that settled it, for the report. */
export interface MergeConflict {
  kind: 'themeRenamed' | 'caseRenamed' | 'sourceTextDiffers' | 'sourceTextMissing';
  /** Our name of the thing, and theirs. */
  ours: string;
  theirs: string;
  /** Codings of theirs left out because of it. */
  codings: number;
}

export type MergedKind = 'users' | 'cases' | 'respondents' | 'themes' | 'sources' | 'codings';

export interface MergePlan {
  users: User[];
  cases: Case[];
  respondents: Respondent[];
  themes: Theme[];
  /** New sources with the text each must be stored with. */
  sources: { source: Source; text: string }[];
  codings: Coding[];
  /** How many of theirs were found here already, by kind. */
  matched: Record<MergedKind, number>;
  conflicts: MergeConflict[];
  /** Codings of theirs that reach past the end of their source's text: left out. */
  outsideText: number;
  /** What Fynd does not merge (findings, recommendations…) and they hold but we do not. */
  notMerged: Record<string, number>;
}

const NOT_MERGED = [
  'findings',
  'recommendations',
  'questions',
  'memos',
  'syntheses',
  'pseudonyms',
] as const;

/** The hash that tells the same text apart from another, whatever its source's id. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\r\n?/g, '\n')).digest('hex');
}

/** Plans the merge of `theirs` into `ours` (`ourHashes`: our sources' text hashes by id). */
export function planMerge(
  ours: ProjectData,
  ourHashes: ReadonlyMap<string, string>,
  theirs: MergeSide,
): MergePlan {
  const plan: MergePlan = {
    users: [],
    cases: [],
    respondents: [],
    themes: [],
    sources: [],
    codings: [],
    matched: { users: 0, cases: 0, respondents: 0, themes: 0, sources: 0, codings: 0 },
    conflicts: [],
    outsideText: 0,
    notMerged: {},
  };
  const caseMap = mergeCases(ours, theirs.data, plan);
  const respondentMap = mergeRespondents(ours, theirs.data, caseMap, plan);
  const themeMap = mergeThemes(ours, theirs.data, plan);
  const { sourceMap, blocked } = mergeSources(
    ours,
    ourHashes,
    theirs,
    caseMap,
    respondentMap,
    plan,
  );
  const userMap = mergeUsers(ours, theirs.data, plan);
  mergeCodings(ours, theirs, sourceMap, themeMap, userMap, plan);
  for (const [conflict, sourceId] of blocked) {
    conflict.codings = theirs.data.codings.filter((c) => c.sourceId === sourceId).length;
  }
  for (const kind of NOT_MERGED) {
    const known = new Set(ours[kind].map((e) => e.id));
    const count = theirs.data[kind].filter((e) => !known.has(e.id)).length;
    if (count > 0) plan.notMerged[kind] = count;
  }
  return plan;
}

/** Coders by id, then by name: a colleague's "Anna" is our Anna, and keeps her codings. */
function mergeUsers(ours: ProjectData, theirs: ProjectData, plan: MergePlan): Map<string, string> {
  const map = new Map<string, string>();
  const ids = new Set(ours.users.map((u) => u.id));
  const byName = new Map(ours.users.map((u) => [userNameKey(u.name), u.id]));
  for (const user of theirs.users) {
    const found = ids.has(user.id) ? user.id : byName.get(userNameKey(user.name));
    if (found) {
      map.set(user.id, found);
      plan.matched.users++;
      continue;
    }
    map.set(user.id, user.id);
    plan.users.push(user);
    byName.set(userNameKey(user.name), user.id);
  }
  return map;
}

function mergeCases(ours: ProjectData, theirs: ProjectData, plan: MergePlan): Map<string, string> {
  const map = new Map<string, string>();
  const byId = new Map(ours.cases.map((c) => [c.id, c]));
  const byName = new Map(ours.cases.map((c) => [nameKey(c.name), c]));
  for (const theirCase of theirs.cases) {
    const same = byId.get(theirCase.id);
    if (same) {
      map.set(theirCase.id, same.id);
      plan.matched.cases++;
      if (nameKey(same.name) !== nameKey(theirCase.name)) {
        plan.conflicts.push({
          kind: 'caseRenamed',
          ours: same.name,
          theirs: theirCase.name,
          codings: 0,
        });
      }
      continue;
    }
    const named = byName.get(nameKey(theirCase.name));
    if (named) {
      map.set(theirCase.id, named.id);
      plan.matched.cases++;
      continue;
    }
    map.set(theirCase.id, theirCase.id);
    plan.cases.push(theirCase);
    byName.set(nameKey(theirCase.name), theirCase);
  }
  return map;
}

function mergeRespondents(
  ours: ProjectData,
  theirs: ProjectData,
  caseMap: ReadonlyMap<string, string>,
  plan: MergePlan,
): Map<string, string> {
  const map = new Map<string, string>();
  const ids = new Set(ours.respondents.map((r) => r.id));
  const key = (name: string, caseId: string | null) => `${caseId ?? ''}\u0000${nameKey(name)}`;
  const byName = new Map(ours.respondents.map((r) => [key(r.pseudonym, r.caseId), r.id]));
  for (const respondent of theirs.respondents) {
    const caseId = respondent.caseId === null ? null : (caseMap.get(respondent.caseId) ?? null);
    const found = ids.has(respondent.id)
      ? respondent.id
      : byName.get(key(respondent.pseudonym, caseId));
    if (found) {
      map.set(respondent.id, found);
      plan.matched.respondents++;
      continue;
    }
    map.set(respondent.id, respondent.id);
    plan.respondents.push({ ...respondent, caseId });
    byName.set(key(respondent.pseudonym, caseId), respondent.id);
  }
  return map;
}

function mergeThemes(ours: ProjectData, theirs: ProjectData, plan: MergePlan): Map<string, string> {
  const map = new Map<string, string>();
  const byId = new Map(ours.themes.map((t) => [t.id, t]));
  // Our themes by parent and name; new ones join as they are planned, so a new sub-theme of a
  // new theme is found under it.
  const byPath = new Map(ours.themes.map((t) => [pathKey(t.parentId, t.name), t.id]));
  const lastOrder = new Map<string, number>();
  for (const t of ours.themes) {
    lastOrder.set(
      t.parentId ?? '',
      Math.max(lastOrder.get(t.parentId ?? '') ?? -Infinity, t.order),
    );
  }
  // Parents before children, so a theme's parent is mapped when the theme is.
  for (const { theme } of themeTree(theirs.themes)) {
    const same = byId.get(theme.id);
    if (same) {
      map.set(theme.id, same.id);
      plan.matched.themes++;
      if (themeNameKey(same.name) !== themeNameKey(theme.name)) {
        plan.conflicts.push({
          kind: 'themeRenamed',
          ours: same.name,
          theirs: theme.name,
          codings: 0,
        });
      }
      continue;
    }
    const parentId = theme.parentId === null ? null : (map.get(theme.parentId) ?? null);
    const found = byPath.get(pathKey(parentId, theme.name));
    if (found) {
      map.set(theme.id, found);
      plan.matched.themes++;
      continue;
    }
    const order = (lastOrder.get(parentId ?? '') ?? -1) + 1;
    lastOrder.set(parentId ?? '', order);
    map.set(theme.id, theme.id);
    byPath.set(pathKey(parentId, theme.name), theme.id);
    plan.themes.push({ ...theme, parentId, order });
  }
  return map;
}

function mergeSources(
  ours: ProjectData,
  ourHashes: ReadonlyMap<string, string>,
  theirs: MergeSide,
  caseMap: ReadonlyMap<string, string>,
  respondentMap: ReadonlyMap<string, string>,
  plan: MergePlan,
): { sourceMap: Map<string, string>; blocked: [MergeConflict, string][] } {
  const sourceMap = new Map<string, string>();
  const blocked: [MergeConflict, string][] = [];
  const byId = new Map(ours.sources.map((s) => [s.id, s]));
  const byHash = new Map<string, string>();
  for (const [id, hash] of ourHashes) if (!byHash.has(hash)) byHash.set(hash, id);
  for (const source of theirs.data.sources) {
    const text = theirs.texts.get(source.id);
    const same = byId.get(source.id);
    if (text === undefined) {
      const conflict: MergeConflict = {
        kind: 'sourceTextMissing',
        ours: same?.title ?? '',
        theirs: source.title,
        codings: 0,
      };
      plan.conflicts.push(conflict);
      blocked.push([conflict, source.id]);
      continue;
    }
    const hash = textHash(text);
    if (same) {
      if (ourHashes.get(same.id) !== hash) {
        // Offsets into another text would point at other words: their codings stay out.
        const conflict: MergeConflict = {
          kind: 'sourceTextDiffers',
          ours: same.title,
          theirs: source.title,
          codings: 0,
        };
        plan.conflicts.push(conflict);
        blocked.push([conflict, source.id]);
        continue;
      }
      sourceMap.set(source.id, same.id);
      plan.matched.sources++;
      continue;
    }
    const found = byHash.get(hash);
    if (found) {
      sourceMap.set(source.id, found);
      plan.matched.sources++;
      continue;
    }
    sourceMap.set(source.id, source.id);
    byHash.set(hash, source.id);
    plan.sources.push({
      source: {
        ...source,
        caseId: source.caseId === null ? null : (caseMap.get(source.caseId) ?? null),
        respondentIds: source.respondentIds.flatMap((r) => respondentMap.get(r) ?? []),
      },
      text,
    });
  }
  return { sourceMap, blocked };
}

function mergeCodings(
  ours: ProjectData,
  theirs: MergeSide,
  sourceMap: ReadonlyMap<string, string>,
  themeMap: ReadonlyMap<string, string>,
  userMap: ReadonlyMap<string, string>,
  plan: MergePlan,
): void {
  const ids = new Set(ours.codings.map((c) => c.id));
  const keys = new Set(ours.codings.map(codingKey));
  const measured = new Map<string, TextOffsets>();
  for (const coding of theirs.data.codings) {
    const sourceId = sourceMap.get(coding.sourceId);
    const text = theirs.texts.get(coding.sourceId);
    if (sourceId === undefined || text === undefined) continue;
    const themeIds = [...new Set(coding.themeIds.flatMap((t) => themeMap.get(t) ?? []))];
    if (themeIds.length === 0) continue;
    let offsets = measured.get(coding.sourceId);
    if (!offsets) {
      offsets = new TextOffsets(text);
      measured.set(coding.sourceId, offsets);
    }
    if (coding.end > offsets.codePointLength) {
      plan.outsideText++;
      continue;
    }
    // The texts are the same (same hash): the snippet is taken from it, never trusted as sent.
    const snippet = offsets.slice(coding.start, coding.end);
    const coderId = userMap.get(coding.coderId) ?? coding.coderId;
    const mapped = { ...coding, sourceId, themeIds, snippet, coderId };
    const key = codingKey(mapped);
    if (ids.has(coding.id) || keys.has(key)) {
      plan.matched.codings++;
      continue;
    }
    keys.add(key);
    ids.add(coding.id);
    plan.codings.push(mapped);
  }
}

/** Same source, bounds, themes (in any order) and coder: the same coding. */
function codingKey(coding: Pick<Coding, 'sourceId' | 'start' | 'end' | 'themeIds' | 'coderId'>) {
  return [
    coding.sourceId,
    coding.start,
    coding.end,
    coding.coderId,
    ...[...coding.themeIds].sort(),
  ].join('\u0000');
}

/** Case and respondent names compare as theme names do: Unicode form, case and edges aside. */
const nameKey = themeNameKey;

function pathKey(parentId: string | null, name: string): string {
  return `${parentId ?? ''}\u0000${themeNameKey(name)}`;
}
