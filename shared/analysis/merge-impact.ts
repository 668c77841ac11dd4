import type { Coding, Theme } from '../model/entities';
import { siblingNamed } from '../model/theme-names';

export interface MergeImpact {
  /** Codings of the merged theme: all of them get the target theme instead. */
  codings: number;
  /** Of those, how many already had the target theme too (they only lose the merged one). */
  alreadyBoth: number;
  /** Direct sub-themes, which move under the target. */
  children: number;
  /** A sub-theme whose name a theme where it would go already has (main refuses the merge). */
  clash: string | null;
}

/** What merging one theme into another changes (as themes.merge does it). */
export function mergeImpact(
  themes: readonly Theme[],
  codings: readonly Coding[],
  fromId: string,
  intoId: string,
): MergeImpact {
  let count = 0;
  let both = 0;
  for (const coding of codings) {
    if (!coding.themeIds.includes(fromId)) continue;
    count++;
    if (coding.themeIds.includes(intoId)) both++;
  }
  const moving = themes.filter((t) => t.parentId === fromId);
  const from = themes.find((t) => t.id === fromId);
  // As themes.merge does: sub-themes go under the target, or a target among them takes its place.
  const clash = moving.find((child) => {
    const parentId = child.id === intoId ? (from?.parentId ?? null) : intoId;
    return siblingNamed(themes, parentId, child.name, new Set([fromId, child.id])) !== undefined;
  });
  return {
    codings: count,
    alreadyBoth: both,
    children: moving.filter((t) => t.id !== intoId).length,
    clash: clash?.name ?? null,
  };
}
