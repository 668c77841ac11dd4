/** A cell position in a grid of buttons. */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Where a key moves the focus in a grid of `rows` × `cols` cells: arrows one step, Home/End to
 * the row's ends, Ctrl+Home/End to the grid's corners, PageUp/PageDown five rows. Null when the
 * key is not a grid key.
 */
export function gridMove(
  key: string,
  ctrl: boolean,
  from: GridPosition,
  rows: number,
  cols: number,
): GridPosition | null {
  const clamp = (row: number, col: number): GridPosition => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(from.row - 1, from.col);
    case 'ArrowDown':
      return clamp(from.row + 1, from.col);
    case 'ArrowLeft':
      return clamp(from.row, from.col - 1);
    case 'ArrowRight':
      return clamp(from.row, from.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(from.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(from.row, cols - 1);
    case 'PageUp':
      return clamp(from.row - 5, from.col);
    case 'PageDown':
      return clamp(from.row + 5, from.col);
    default:
      return null;
  }
}
