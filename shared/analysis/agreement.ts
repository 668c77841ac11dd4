import { z } from 'zod';
import type { Coding, Theme } from '../model/entities';
import type { Span } from './text-units';

/**
 * Intercoder agreement between two coders on the sources both coded: percent agreement, Cohen's
 * κ and Krippendorff's α (nominal), per theme and pooled over the themes.
 *
 * For a theme, every unit of every shared source is one decision of each coder: coded with that
 * theme or not. A unit is a character (a code point of the stored text, as NVivo counts), a
 * sentence, or a paragraph (a speaker turn in a transcript). A coder codes a unit for a theme when
 * one of the coder's codings of exactly that theme covers any of it. Work is done on intervals of
 * unit indexes, never unit by unit, so a 50,000-coding project costs its codings, not its
 * characters.
 */

export const agreementUnits = ['character', 'sentence', 'paragraph'] as const;
export const AgreementUnitSchema = z.enum(agreementUnits);
export type AgreementUnit = z.infer<typeof AgreementUnitSchema>;

/** The units of one source: how many, and (for sentences and paragraphs) where each lies. */
export interface UnitGrid {
  count: number;
  /** Code-point spans of the units, in text order and apart; absent when a unit is a character. */
  spans?: readonly Span[];
}

/** How two coders decided the same units: both coded, only one, or neither. */
export interface CrossTable {
  both: number;
  firstOnly: number;
  secondOnly: number;
  neither: number;
}

/** The figures of a cross table; a figure the data cannot define is null, never 0. */
export interface AgreementFigures {
  /** 0–100. */
  percent: number | null;
  kappa: number | null;
  alpha: number | null;
  units: number;
}

export interface ThemeAgreement extends AgreementFigures {
  themeId: string;
  table: CrossTable;
}

export interface AgreementReport {
  unit: AgreementUnit;
  coders: readonly [string, string];
  /** The sources in which both coders have at least one coding. */
  sourceIds: string[];
  overall: AgreementFigures & { table: CrossTable };
  /** Every theme either coder used in those sources, in the order given. */
  themes: ThemeAgreement[];
}

/** Half-open intervals [start, end) of unit indexes, sorted and apart. */
type Intervals = readonly (readonly [number, number])[];

/** Percent agreement, Cohen's κ and Krippendorff's α (nominal, two coders, no missing values). */
export function agreementFigures(table: CrossTable): AgreementFigures {
  const { both, firstOnly, secondOnly, neither } = table;
  const units = both + firstOnly + secondOnly + neither;
  if (units === 0) return { percent: null, kappa: null, alpha: null, units };
  const observed = (both + neither) / units;
  // κ: chance agreement from each coder's own marginals.
  const first = (both + firstOnly) / units;
  const second = (both + secondOnly) / units;
  const expected = first * second + (1 - first) * (1 - second);
  const kappa = expected === 1 ? null : (observed - expected) / (1 - expected);
  // α: from the coincidence matrix, whose values pool both coders' decisions (2 per unit).
  const coded = 2 * both + firstOnly + secondOnly;
  const uncoded = 2 * neither + firstOnly + secondOnly;
  const pairable = 2 * units;
  const alpha =
    coded === 0 || uncoded === 0 || pairable < 2
      ? null
      : 1 - ((pairable - 1) * (firstOnly + secondOnly)) / (coded * uncoded);
  return { percent: observed * 100, kappa, alpha, units };
}

/** The units of a text: its code points, or its sentences or paragraphs as spans. */
export function unitGrid(length: number, spans?: readonly Span[]): UnitGrid {
  return spans ? { count: spans.length, spans } : { count: length };
}

/** The unit indexes a set of code-point spans touches, as merged intervals. */
export function unitsCovered(grid: UnitGrid, spans: readonly Span[]): Intervals {
  const raw: [number, number][] = [];
  for (const span of spans) {
    const range = grid.spans ? unitRange(grid.spans, span) : clampRange(grid.count, span);
    if (range) raw.push(range);
  }
  return merged(raw);
}

/**
 * Agreement between two coders on the sources both coded. `grids` holds each source's units
 * (sources without a grid, e.g. with an unreadable text, are left out); themes come in the order
 * the report should list them, and only those themes are measured.
 */
export function measureAgreement(input: {
  unit: AgreementUnit;
  coders: readonly [string, string];
  themes: readonly Pick<Theme, 'id'>[];
  codings: readonly Pick<Coding, 'sourceId' | 'start' | 'end' | 'themeIds' | 'coderId'>[];
  grids: ReadonlyMap<string, UnitGrid>;
}): AgreementReport {
  const [firstCoder, secondCoder] = input.coders;
  const themeIndex = new Map(input.themes.map((theme, i) => [theme.id, i]));
  // Per source: which coders coded it (bit 1 the first, bit 2 the second), and one flat list of
  // pieces (theme index × 2 + side, first unit, end unit) of each coding and theme. Flat numbers,
  // not objects: 50,000 codings cost a few arrays, not 100,000 allocations.
  const sides = new Map<string, number>();
  const pieces = new Map<string, number[]>();
  for (const coding of input.codings) {
    const side = coding.coderId === firstCoder ? 0 : coding.coderId === secondCoder ? 1 : -1;
    const grid = input.grids.get(coding.sourceId);
    if (side < 0 || !grid) continue;
    // A source counts as shared when both coded anything in it, with any theme.
    sides.set(coding.sourceId, (sides.get(coding.sourceId) ?? 0) | (side + 1));
    // A coding that covers no unit (only the space between sentences) still names its theme.
    const range = (grid.spans ? unitRange(grid.spans, coding) : clampRange(grid.count, coding)) ?? [
      0, 0,
    ];
    let list = pieces.get(coding.sourceId);
    if (!list) {
      list = [];
      pieces.set(coding.sourceId, list);
    }
    for (const themeId of coding.themeIds) {
      const theme = themeIndex.get(themeId);
      if (theme !== undefined) list.push(theme * 2 + side, range[0], range[1]);
    }
  }
  const tables = input.themes.map(() => emptyTable());
  const reached = new Float64Array(input.themes.length);
  const sourceIds: string[] = [];
  let allUnits = 0;
  for (const [sourceId, mask] of sides) {
    const grid = input.grids.get(sourceId);
    if (mask !== 3 || !grid) continue;
    sourceIds.push(sourceId);
    allUnits += grid.count;
    addSource(tables, reached, grid.count, pieces.get(sourceId) ?? []);
  }
  // In a shared source where a theme was never coded, all its units are "neither".
  const themes: ThemeAgreement[] = [];
  const overall = emptyTable();
  input.themes.forEach((theme, i) => {
    const table = tables[i];
    if (!table || reached[i] === 0) return;
    table.neither += allUnits - (reached[i] ?? 0);
    addTables(overall, table);
    themes.push({ themeId: theme.id, table, ...agreementFigures(table) });
  });
  return {
    unit: input.unit,
    coders: input.coders,
    sourceIds,
    overall: { table: overall, ...agreementFigures(overall) },
    themes,
  };
}

/**
 * Adds one shared source's decisions to the themes' tables: its pieces sorted by theme, side and
 * start, each run of one theme and side merged into intervals, and the two sides compared.
 */
function addSource(
  tables: CrossTable[],
  reached: Float64Array,
  count: number,
  pieces: readonly number[],
): void {
  const order = Array.from({ length: pieces.length / 3 }, (_, i) => i * 3);
  order.sort(
    (a, b) => (pieces[a] ?? 0) - (pieces[b] ?? 0) || (pieces[a + 1] ?? 0) - (pieces[b + 1] ?? 0),
  );
  const first: [number, number][] = [];
  const second: [number, number][] = [];
  let at = 0;
  while (at < order.length) {
    const theme = (pieces[order[at] ?? 0] ?? 0) >> 1;
    first.length = 0;
    second.length = 0;
    for (; at < order.length; at++) {
      const piece = order[at] ?? 0;
      const key = pieces[piece] ?? 0;
      if (key >> 1 !== theme) break;
      appendMerged(key & 1 ? second : first, pieces[piece + 1] ?? 0, pieces[piece + 2] ?? 0);
    }
    const table = tables[theme];
    if (!table) continue;
    const a = lengthOf(first);
    const b = lengthOf(second);
    const both = overlapOf(first, second);
    table.both += both;
    table.firstOnly += a - both;
    table.secondOnly += b - both;
    table.neither += count - a - b + both;
    reached[theme] = (reached[theme] ?? 0) + count;
  }
}

/** Adds an interval to intervals sorted by start, merging it into the last when they meet. */
function appendMerged(into: [number, number][], start: number, end: number): void {
  const last = into.at(-1);
  if (last && start <= last[1]) last[1] = Math.max(last[1], end);
  else into.push([start, end]);
}

/** A place one coder coded with a theme and the other did not: code points, and who coded it. */
export interface Disagreement {
  sourceId: string;
  start: number;
  end: number;
  /** 0: only the first coder coded it; 1: only the second. */
  coder: 0 | 1;
}

/**
 * Where two coders disagree on one theme, at a unit: the runs of units only one of them coded,
 * as code-point spans (a run of sentences from the first's start to the last's end), source by
 * source in the order given, then by place.
 */
export function disagreementsOf(input: {
  coders: readonly [string, string];
  themeId: string;
  codings: readonly Pick<Coding, 'sourceId' | 'start' | 'end' | 'themeIds' | 'coderId'>[];
  grids: ReadonlyMap<string, UnitGrid>;
}): Disagreement[] {
  const spans = new Map<string, [Span[], Span[], boolean, boolean]>();
  for (const coding of input.codings) {
    const side = input.coders.indexOf(coding.coderId);
    if (side < 0 || !input.grids.has(coding.sourceId)) continue;
    let entry = spans.get(coding.sourceId);
    if (!entry) {
      entry = [[], [], false, false];
      spans.set(coding.sourceId, entry);
    }
    // A source counts as shared when both coded anything in it, with any theme.
    entry[side === 0 ? 2 : 3] = true;
    if (coding.themeIds.includes(input.themeId)) entry[side === 0 ? 0 : 1].push(coding);
  }
  const found: Disagreement[] = [];
  for (const [sourceId, grid] of input.grids) {
    const entry = spans.get(sourceId);
    if (!entry || !entry[2] || !entry[3]) continue;
    const first = unitsCovered(grid, entry[0]);
    const second = unitsCovered(grid, entry[1]);
    const places = [
      ...without(first, second).map((run) => ({ run, coder: 0 as const })),
      ...without(second, first).map((run) => ({ run, coder: 1 as const })),
    ].sort((a, b) => a.run[0] - b.run[0]);
    for (const { run, coder } of places) {
      const start = grid.spans ? (grid.spans[run[0]]?.start ?? 0) : run[0];
      const end = grid.spans ? (grid.spans[run[1] - 1]?.end ?? 0) : run[1];
      found.push({ sourceId, start, end, coder });
    }
  }
  return found;
}

/** The parts of sorted intervals `a` that no interval of `b` covers. */
function without(a: Intervals, b: Intervals): [number, number][] {
  const out: [number, number][] = [];
  let j = 0;
  for (const [start, end] of a) {
    let from = start;
    while (j < b.length && (b[j]?.[1] ?? 0) <= from) j++;
    let k = j;
    while (k < b.length && (b[k]?.[0] ?? 0) < end) {
      const [bStart, bEnd] = b[k] ?? [0, 0];
      if (bStart > from) out.push([from, bStart]);
      from = Math.max(from, bEnd);
      k++;
    }
    if (from < end) out.push([from, end]);
  }
  return out;
}

/** The ids of the coders who coded anything, most codings first (ties by name, given). */
export function codersOf(
  codings: readonly Pick<Coding, 'coderId'>[],
  nameOf: (id: string) => string = (id) => id,
): string[] {
  const counts = new Map<string, number>();
  for (const { coderId } of codings) counts.set(coderId, (counts.get(coderId) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || nameOf(a).localeCompare(nameOf(b), 'sv'))
    .map(([coderId]) => coderId);
}

function emptyTable(): CrossTable {
  return { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
}

function addTables(into: CrossTable, table: CrossTable): void {
  into.both += table.both;
  into.firstOnly += table.firstOnly;
  into.secondOnly += table.secondOnly;
  into.neither += table.neither;
}

function clampRange(count: number, span: Span): [number, number] | null {
  const start = Math.max(0, span.start);
  const end = Math.min(count, span.end);
  return end > start ? [start, end] : null;
}

/** The indexes of the units a span overlaps by at least one code point, or null. */
function unitRange(units: readonly Span[], span: Span): [number, number] | null {
  // The first unit that ends after the span starts …
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((units[mid]?.end ?? 0) <= span.start) lo = mid + 1;
    else hi = mid;
  }
  // … and the first that starts at or after the span ends.
  let end = lo;
  hi = units.length;
  while (end < hi) {
    const mid = (end + hi) >> 1;
    if ((units[mid]?.start ?? 0) < span.end) end = mid + 1;
    else hi = mid;
  }
  return end > lo ? [lo, end] : null;
}

function merged(ranges: [number, number][]): Intervals {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const range of ranges) {
    const last = out.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}

function lengthOf(intervals: Intervals): number {
  let total = 0;
  for (const [start, end] of intervals) total += end - start;
  return total;
}

/** How many indexes two sorted interval lists share. */
function overlapOf(a: Intervals, b: Intervals): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i] ?? [0, 0];
    const [bStart, bEnd] = b[j] ?? [0, 0];
    total += Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
    if (aEnd < bEnd) i++;
    else j++;
  }
  return total;
}

/** Landis and Koch's (1977) names for ranges of κ, the bands most reports use. */
export const kappaBands = [
  'poor',
  'slight',
  'fair',
  'moderate',
  'substantial',
  'almostPerfect',
] as const;
export type KappaBand = (typeof kappaBands)[number];

/** The band a κ falls in: below 0 poor, then steps of 0.2 up to almost perfect. */
export function kappaBand(kappa: number): KappaBand {
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almostPerfect';
}

/** Krippendorff's (2004) bar for α: reliable from 0.800, tentative conclusions from 0.667. */
export const alphaBands = ['unreliable', 'tentative', 'reliable'] as const;
export type AlphaBand = (typeof alphaBands)[number];

/** The band an α falls in. */
export function alphaBand(alpha: number): AlphaBand {
  if (alpha >= 0.8) return 'reliable';
  if (alpha >= 0.667) return 'tentative';
  return 'unreliable';
}
