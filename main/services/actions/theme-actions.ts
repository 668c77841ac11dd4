import { FyndError } from '../../../shared/errors';
import type { Theme } from '../../../shared/model/entities';
import { del, put, type Op } from '../../../shared/model/ops';
import type { ProjectState } from '../../../shared/model/project-state';
import { siblingNamed } from '../../../shared/model/theme-names';
import { compareThemes } from '../../../shared/model/theme-tree';
import type { ActionBuilder } from '../store/project-store';
import { assertNoThemeCycle } from './references';

/**
 * Refuses a theme name its new siblings already use (NFC, trimmed, any case): two "Projektkultur"
 * side by side cannot be told apart in the tree, the matrix or the report. `except` are themes
 * that will not be there (the theme itself, one being merged away).
 */
export function assertFreeThemeName(
  state: ProjectState,
  parentId: string | null,
  name: string,
  except: ReadonlySet<string>,
): void {
  const taken = siblingNamed(state.list('themes'), parentId, name, except);
  if (taken) {
    throw new FyndError('themeNameTaken', 'A sibling theme already has this name.', {
      name: taken.name,
    });
  }
}

function replaceId(ids: readonly string[], from: string, into: string): string[] {
  return [...new Set(ids.map((id) => (id === from ? into : id)))];
}

/**
 * Merges one theme into another: its codings, sub-themes, findings, questions and memos follow
 * to the target, then it is deleted. One undoable step.
 */
export function mergeTheme(from: string, into: string): ActionBuilder {
  return (state) => {
    const source = state.get('themes', from);
    const target = state.get('themes', into);
    if (!source || !target)
      throw new FyndError('notFound', 'It no longer exists.', { id: source ? into : from });
    if (from === into)
      throw new FyndError('invalidReference', 'A theme cannot be merged into itself.', {
        id: from,
      });
    const ops: Op[] = [];
    const away = new Set([from]);
    for (const theme of state.list('themes')) {
      if (theme.parentId !== from) continue;
      // The target may itself sit under the merged theme: it takes the merged theme's place.
      const parentId = theme.id === into ? source.parentId : into;
      assertFreeThemeName(state, parentId, theme.name, new Set([...away, theme.id]));
      ops.push(put('themes', { ...theme, parentId }));
    }
    for (const coding of state.list('codings')) {
      if (coding.themeIds.includes(from))
        ops.push(put('codings', { ...coding, themeIds: replaceId(coding.themeIds, from, into) }));
    }
    for (const finding of state.list('findings')) {
      if (finding.themeIds.includes(from))
        ops.push(
          put('findings', { ...finding, themeIds: replaceId(finding.themeIds, from, into) }),
        );
    }
    for (const question of state.list('questions')) {
      if (question.themeIds.includes(from))
        ops.push(
          put('questions', { ...question, themeIds: replaceId(question.themeIds, from, into) }),
        );
    }
    for (const memo of state.list('memos')) {
      if (memo.target.kind === 'theme' && memo.target.id === from) {
        ops.push(put('memos', { ...memo, target: { kind: 'theme', id: into } }));
      }
    }
    ops.push(del('themes', from));
    return { ops, id: into };
  };
}

/** Moves a theme under a parent (or to the top) at a position among its new siblings. */
export function moveTheme(id: string, parentId: string | null, index: number): ActionBuilder {
  return (state) => {
    const theme = state.get('themes', id);
    if (!theme) throw new FyndError('notFound', 'It no longer exists.', { id });
    if (parentId !== null && !state.has('themes', parentId)) {
      throw new FyndError('invalidReference', 'Unknown parent theme.', { id: parentId });
    }
    assertNoThemeCycle(state, id, parentId);
    if (theme.parentId !== parentId)
      assertFreeThemeName(state, parentId, theme.name, new Set([id]));
    const siblings = siblingsOf(state, parentId).filter((t) => t.id !== id);
    siblings.splice(Math.max(0, Math.min(index, siblings.length)), 0, { ...theme, parentId });
    const ops: Op[] = [];
    siblings.forEach((sibling, order) => {
      const current = state.get('themes', sibling.id);
      if (!current || current.order !== order || current.parentId !== parentId) {
        ops.push(put('themes', { ...sibling, parentId, order }));
      }
    });
    return { ops, id };
  };
}

/** A parent's children in tree order (as the codebook shows them). */
export function siblingsOf(state: ProjectState, parentId: string | null): Theme[] {
  return state
    .list('themes')
    .filter((t) => t.parentId === parentId)
    .sort(compareThemes);
}
