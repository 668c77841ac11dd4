import type { Finding } from '../../../shared/model/entities';

/** A text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const kept = (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd();
  // "nivå.…" reads badly: the ellipsis replaces a final stop or comma.
  return `${kept.replace(/[.,;:–-]+$/u, '')}…`;
}

/** Findings, recommendations or questions in the evaluator's order. */
export function byOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

/** The 1-based number each finding is known by (its place in the ordered list). */
export function findingNumbers(findings: readonly Finding[]): Map<string, number> {
  return new Map(byOrder(findings).map((f, i) => [f.id, i + 1]));
}
