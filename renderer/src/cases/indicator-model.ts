import type { Case, Indicator } from '../../../shared/model/entities';

/** One indicator (by name) across the cases: what each case reports and what adds up. */
export interface IndicatorRow {
  name: string;
  /** The unit every case uses, or null when cases use different units. */
  unit: string | null;
  /** Each case's indicator of this name (the first, should a case list it twice). */
  byCase: Map<string, Indicator>;
  /** Sum over the cases (two or more), when the units agree and a sum means something (not %). */
  sum: number | null;
  /** Mean over the cases that report a value (two or more), when the units agree. */
  mean: number | null;
}

/** Units whose values are shares or rates: their sum means nothing, their mean does. */
const NOT_SUMMABLE = new Set(['%', 'procent', 'percent', 'andel']);

/** Indicators by name in first-seen order, with sums and means where two or more cases agree on units. */
export function indicatorRows(cases: readonly Case[]): IndicatorRow[] {
  const rows = new Map<string, IndicatorRow>();
  for (const kase of cases) {
    for (const indicator of kase.indicators) {
      let row = rows.get(indicator.name);
      if (!row) {
        row = {
          name: indicator.name,
          unit: indicator.unit,
          byCase: new Map(),
          sum: null,
          mean: null,
        };
        rows.set(indicator.name, row);
      }
      if (row.byCase.has(kase.id)) continue;
      row.byCase.set(kase.id, indicator);
      if (row.unit !== indicator.unit) row.unit = null;
    }
  }
  for (const row of rows.values()) {
    // One case's value needs no sum; a mix of units has none.
    if (row.unit === null || row.byCase.size < 2) continue;
    const values = [...row.byCase.values()].map((i) => i.value);
    const total = values.reduce((a, b) => a + b, 0);
    row.mean = values.length > 0 ? total / values.length : null;
    row.sum = NOT_SUMMABLE.has(row.unit.trim().toLowerCase()) ? null : total;
  }
  return [...rows.values()];
}

/** A typed number: decimal comma or point, spaces as thousands separators. NaN when not one. */
export function parseNumber(text: string): number {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

/** A number rounded for display: integers as they are, others to at most one decimal. */
export function roundForDisplay(value: number): number {
  return Number.isInteger(value) ? value : Math.round(value * 10) / 10;
}
