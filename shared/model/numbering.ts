/*
 * How findings, recommendations and questions are numbered: by their place in the evaluator's
 * order across the whole project. The app, the Excel report and the printed sheets all number
 * through here, so "finding 3" is the same finding wherever it is cited.
 */

interface Ordered {
  id: string;
  order: number;
}

/** Findings, recommendations or questions in the evaluator's order. */
export function byOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

/**
 * The 1-based number each item is known by: its place in the ordered list. Give it the whole
 * project's list, so a selection (a scoped report, some printed sheets) keeps the numbers.
 */
export function orderNumbers(items: readonly Ordered[]): Map<string, number> {
  return new Map(byOrder(items).map((item, i) => [item.id, i + 1]));
}
