import type { Coding, Theme } from '../../../shared/model/entities';

export interface MergeImpact {
  /** Codings of the merged theme: all of them get the target theme instead. */
  codings: number;
  /** Of those, how many already had the target theme too (they only lose the merged one). */
  alreadyBoth: number;
  /** Direct sub-themes, which move under the target. */
  children: number;
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
  const children = themes.filter((t) => t.parentId === fromId && t.id !== intoId).length;
  return { codings: count, alreadyBoth: both, children };
}
