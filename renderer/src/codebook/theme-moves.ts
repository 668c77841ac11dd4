import type { Theme } from '../../../shared/model/entities';
import { childThemes, themeWithDescendants } from '../../../shared/model/theme-tree';

/**
 * Where a theme goes when it is moved by keyboard or dropped: a parent and an index among that
 * parent's other children (what themes.move takes). Pure, so it is tested under Node. Null
 * means the move is not possible or would change nothing.
 */

export interface ThemeMove {
  id: string;
  parentId: string | null;
  /** Position among the new parent's children, not counting the moved theme. */
  index: number;
}

export type MoveKey = 'up' | 'down' | 'indent' | 'outdent';
export type DropPosition = 'before' | 'after' | 'inside';

function parentOf(themes: readonly Theme[], theme: Theme): string | null {
  return theme.parentId && themes.some((t) => t.id === theme.parentId) ? theme.parentId : null;
}

/** Alt+↑ / ↓ reorder among siblings; Alt+→ goes under the theme above; Alt+← one level up. */
export function keyboardMove(themes: readonly Theme[], id: string, key: MoveKey): ThemeMove | null {
  const theme = themes.find((t) => t.id === id);
  if (!theme) return null;
  const parentId = parentOf(themes, theme);
  const siblings = childThemes(themes, parentId);
  const at = siblings.findIndex((t) => t.id === id);
  switch (key) {
    case 'up':
      return at > 0 ? { id, parentId, index: at - 1 } : null;
    case 'down':
      return at < siblings.length - 1 ? { id, parentId, index: at + 1 } : null;
    case 'indent': {
      const above = siblings[at - 1];
      if (!above) return null;
      return { id, parentId: above.id, index: childThemes(themes, above.id).length };
    }
    case 'outdent': {
      if (parentId === null) return null;
      const parent = themes.find((t) => t.id === parentId);
      if (!parent) return null;
      const grandparent = parentOf(themes, parent);
      const uncles = childThemes(themes, grandparent);
      return { id, parentId: grandparent, index: uncles.findIndex((t) => t.id === parentId) + 1 };
    }
  }
}

/** Where a theme dropped on another goes: before or after it, or as its last child. */
export function dropMove(
  themes: readonly Theme[],
  draggedId: string,
  targetId: string,
  position: DropPosition,
): ThemeMove | null {
  const target = themes.find((t) => t.id === targetId);
  const dragged = themes.find((t) => t.id === draggedId);
  // A theme cannot go into itself or its own descendants.
  if (!target || !dragged || themeWithDescendants(themes, draggedId).has(targetId)) return null;
  let move: ThemeMove;
  if (position === 'inside') {
    const children = childThemes(themes, targetId).filter((t) => t.id !== draggedId);
    move = { id: draggedId, parentId: targetId, index: children.length };
  } else if (
    position === 'after' &&
    childThemes(themes, targetId).some((t) => t.id !== draggedId)
  ) {
    // Just below a theme with sub-themes is where its first sub-theme sits.
    move = { id: draggedId, parentId: targetId, index: 0 };
  } else {
    const parentId = parentOf(themes, target);
    const siblings = childThemes(themes, parentId).filter((t) => t.id !== draggedId);
    const at = siblings.findIndex((t) => t.id === targetId);
    move = { id: draggedId, parentId, index: position === 'before' ? at : at + 1 };
  }
  return changesPlace(themes, move) ? move : null;
}

/** Whether a move puts the theme somewhere else than it is now. */
export function changesPlace(themes: readonly Theme[], move: ThemeMove): boolean {
  const theme = themes.find((t) => t.id === move.id);
  if (!theme) return false;
  const parentId = parentOf(themes, theme);
  if (parentId !== move.parentId) return true;
  const at = childThemes(themes, parentId).findIndex((t) => t.id === move.id);
  return at !== move.index;
}

/** Which part of a row the pointer is over: the top quarter, the bottom quarter, or between. */
export function dropPositionAt(offsetY: number, height: number): DropPosition {
  if (offsetY < height * 0.25) return 'before';
  if (offsetY > height * 0.75) return 'after';
  return 'inside';
}

/** Where a theme now sits, for announcing a move: its position, the count and its parent. */
export function placeOf(
  themes: readonly Theme[],
  id: string,
): { position: number; count: number; parent: Theme | null } | null {
  const theme = themes.find((t) => t.id === id);
  if (!theme) return null;
  const parentId = parentOf(themes, theme);
  const siblings = childThemes(themes, parentId);
  return {
    position: siblings.findIndex((t) => t.id === id) + 1,
    count: siblings.length,
    parent: themes.find((t) => t.id === parentId) ?? null,
  };
}
