import { FyndError } from '../../../shared/errors';
import type { Coding } from '../../../shared/model/entities';
import { put, type Op } from '../../../shared/model/ops';
import { newId } from '../../../shared/model/primitives';
import type { ProjectState } from '../../../shared/model/project-state';
import { TextOffsets } from '../../../shared/model/text-offsets';
import type { ActionBuilder } from '../store/project-store';
import { deleteWithCascade } from './references';

/**
 * How a disagreement is settled: both coders code the place (the one who did not gets the
 * other's coding there), or neither does (the theme comes off the one who did, there only).
 * Leaving both as they are needs no edit.
 */
export type SettleDecision = 'both' | 'neither';

/**
 * A place only `coder` coded with a theme and `other` did not (code points, end exclusive); the
 * coders as user ids.
 */
export interface SettlePlace {
  sourceId: string;
  start: number;
  end: number;
  themeId: string;
  coder: string;
  other: string;
}

/** Settles one disagreement as one edit (one undo step). `text` is the source's stored text. */
export function settleDisagreement(
  place: SettlePlace,
  decision: SettleDecision,
  text: string,
  created: string = new Date().toISOString(),
): ActionBuilder {
  return (state) => {
    const offsets = new TextOffsets(text);
    if (place.start < 0 || place.end <= place.start || place.end > offsets.codePointLength) {
      throw new FyndError('invalidRange', 'The place lies outside the text.', {
        start: place.start,
        end: place.end,
        length: offsets.codePointLength,
      });
    }
    const coded = state
      .list('codings')
      .filter(
        (c) =>
          c.sourceId === place.sourceId &&
          c.coderId === place.coder &&
          c.themeIds.includes(place.themeId) &&
          c.start < place.end &&
          c.end > place.start,
      )
      .sort((a, b) => a.start - b.start);
    // Settled already (or changed since it was shown): nothing left to do, and no empty edit.
    if (coded.length === 0) return { ops: [] };
    const ops =
      decision === 'both'
        ? codeForOther(place, coded, offsets, created)
        : uncodePlace(state, place, coded, offsets);
    return { ops };
  };
}

/** The other coder's codings: the coder's own passages there, clipped to the place and merged. */
function codeForOther(
  place: SettlePlace,
  coded: readonly Coding[],
  offsets: TextOffsets,
  created: string,
): Op[] {
  const runs: { start: number; end: number; from: Coding }[] = [];
  for (const coding of coded) {
    const start = Math.max(coding.start, place.start);
    const end = Math.min(coding.end, place.end);
    const last = runs.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else runs.push({ start, end, from: coding });
  }
  return runs.map(({ start, end, from }) =>
    put('codings', {
      id: newId(),
      sourceId: place.sourceId,
      start,
      end,
      snippet: offsets.slice(start, end),
      themeIds: [place.themeId],
      valence: from.valence,
      memo: '',
      coderId: place.other,
      created,
    }),
  );
}

/**
 * The theme taken off the coder's codings inside the place. A coding reaching outside keeps the
 * theme there (split in two when the place lies inside it; the first part keeps its id, so a
 * finding citing it still does); inside, its other themes stay. A coding left with nothing is
 * deleted as any deleted coding is (a finding citing it loses that quote).
 */
function uncodePlace(
  state: ProjectState,
  place: SettlePlace,
  coded: readonly Coding[],
  offsets: TextOffsets,
): Op[] {
  const ops: Op[] = [];
  for (const coding of coded) {
    const others = coding.themeIds.filter((id) => id !== place.themeId);
    const pieces: { start: number; end: number; themeIds: string[] }[] = [];
    if (coding.start < place.start)
      pieces.push({ start: coding.start, end: place.start, themeIds: coding.themeIds });
    if (others.length > 0) {
      pieces.push({
        start: Math.max(coding.start, place.start),
        end: Math.min(coding.end, place.end),
        themeIds: others,
      });
    }
    if (coding.end > place.end)
      pieces.push({ start: place.end, end: coding.end, themeIds: coding.themeIds });
    if (pieces.length === 0) {
      ops.push(...deleteWithCascade(state, 'codings', coding.id));
      continue;
    }
    pieces.forEach((piece, i) => {
      ops.push(
        put('codings', {
          ...coding,
          ...piece,
          id: i === 0 ? coding.id : newId(),
          snippet: offsets.slice(piece.start, piece.end),
        }),
      );
    });
  }
  return ops;
}
