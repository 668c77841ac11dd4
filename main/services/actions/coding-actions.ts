import type { z } from 'zod';
import { FyndError } from '../../../shared/errors';
import type { codingDraft } from '../../../shared/model/drafts';
import type { Coding } from '../../../shared/model/entities';
import { TextOffsets } from '../../../shared/model/text-offsets';
import { isCodable } from '../../../shared/model/theme-tree';
import type { ProjectState } from '../../../shared/model/project-state';
import type { ActionBuilder } from '../store/project-store';
import { addEntity, updateEntity } from './entity-actions';
import { joinOps, type CoderChoice } from './user-actions';

export type CodingDraft = z.infer<typeof codingDraft.add>;

/** The snippet of a coding, checking its bounds against the stored text. */
export function snippetOf(text: string, start: number, end: number): string {
  return snippetIn(new TextOffsets(text), start, end);
}

function snippetIn(offsets: TextOffsets, start: number, end: number): string {
  if (start < 0 || end <= start || end > offsets.codePointLength) {
    throw new FyndError('invalidRange', 'The selection lies outside the text.', {
      start,
      end,
      length: offsets.codePointLength,
    });
  }
  return offsets.slice(start, end);
}

/**
 * The snippets of many codings, each text measured once (not once per coding: 300 codings of a
 * 19 MB text took 9 s that way).
 */
export async function snippetsOf(
  drafts: readonly Pick<CodingDraft, 'sourceId' | 'start' | 'end'>[],
  readText: (sourceId: string) => Promise<string>,
): Promise<string[]> {
  const measured = new Map<string, TextOffsets>();
  const snippets: string[] = [];
  for (const draft of drafts) {
    let offsets = measured.get(draft.sourceId);
    if (!offsets) {
      offsets = new TextOffsets(await readText(draft.sourceId));
      measured.set(draft.sourceId, offsets);
    }
    snippets.push(snippetIn(offsets, draft.start, draft.end));
  }
  return snippets;
}

/**
 * The one way a coding is built: the draft, its snippet, who coded it and when. Used for one
 * coding, a batch ("code all hits") and the demo (which gives `ids`, as its findings cite them).
 * A coder not in the project yet joins it in the same edit.
 */
export function addCodings(
  drafts: readonly CodingDraft[],
  snippets: readonly string[],
  coder: CoderChoice,
  created: string = new Date().toISOString(),
  ids?: readonly string[],
): ActionBuilder {
  return (state) => {
    for (const draft of drafts) assertCodable(state, draft.themeIds);
    const joined = joinOps(state, coder).ops;
    // The joining user is there while the codings' references are checked, then taken out
    // again: the builder only makes ops; the store applies them.
    const taken = state.apply(joined);
    let built;
    try {
      built = drafts.map((draft, i) =>
        addEntity(
          'codings',
          draft,
          () => ({ snippet: snippets[i] ?? '', coderId: coder.id, created }),
          ids?.[i],
        )(state),
      );
    } finally {
      state.apply(taken);
    }
    const result: ReturnType<ActionBuilder> = {
      ops: [...joined, ...built.flatMap((b) => b.ops)],
    };
    if (built.length === 1 && built[0]?.id) result.id = built[0].id;
    return result;
  };
}

/**
 * A coding's change, its snippet taken anew from its source's `text` (new bounds, or the same
 * ones checked again). The snippet comes back too, to name the edit in the undo menu.
 */
export function updateCoding(
  current: Coding,
  patch: Partial<Omit<CodingDraft, 'sourceId'>>,
  text: string,
): { snippet: string; build: ActionBuilder } {
  const snippet = snippetOf(text, patch.start ?? current.start, patch.end ?? current.end);
  const build = updateEntity(
    'codings',
    current.id,
    { ...patch, sourceId: current.sourceId },
    () => ({ snippet }),
  );
  // A theme made a grouping later stays on the codings it has; it cannot be newly chosen.
  const chosen = (patch.themeIds ?? []).filter((id) => !current.themeIds.includes(id));
  return {
    snippet,
    build: (state) => {
      assertCodable(state, chosen);
      return build(state);
    },
  };
}

/** Refuses coding with a grouping theme (translated, naming it); unknown ids are checked later. */
function assertCodable(state: ProjectState, themeIds: readonly string[]): void {
  for (const id of themeIds) {
    const theme = state.get('themes', id);
    if (theme && !isCodable(theme)) {
      throw new FyndError('themeNotCodable', 'A grouping theme codes nothing.', {
        name: theme.name,
      });
    }
  }
}
