/**
 * The `order` value that moves the item at `index` of an ordered list one step up (-1) or down
 * (+1): between its new neighbours, so one update moves it (one undo step). Null at the ends.
 */
export function orderAfterMove(
  orders: readonly number[],
  index: number,
  delta: -1 | 1,
): number | null {
  const target = index + delta;
  if (target < 0 || target >= orders.length || index < 0 || index >= orders.length) return null;
  const neighbour = orders[target] as number;
  const beyond = orders[target + delta];
  if (beyond === undefined) return neighbour + delta;
  return (neighbour + beyond) / 2;
}

/** A list with one element moved one step (for ordered id lists such as a finding's quotes). */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}
