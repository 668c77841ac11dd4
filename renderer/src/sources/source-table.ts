import {
  attributeColumns,
  attributeNamed,
  attributeValueText,
  type Attribute,
} from '../../../shared/model/attributes';
import type { Source, SourceKind } from '../../../shared/model/entities';

/**
 * The sources list as a table: rows with what each column shows, a filter (case, kind, date
 * range, an attribute's value) and a sort (any column, either way). Pure, so it is tested under Node.
 */

export interface SourceRow {
  source: Source;
  /** The case's name, or '' without a case. */
  caseName: string;
  /** The kind as the interface names it (sorting follows the words the user sees). */
  kindLabel: string;
  respondents: string;
  /** Null while the counts are on their way from main. */
  codings: number | null;
}

export type SortKey = 'title' | 'case' | 'kind' | 'date' | 'codings';
export type SortDirection = 'ascending' | 'descending';

export interface SourceSort {
  key: SortKey;
  direction: SortDirection;
}

/** Sources without a case: a choice in the case filter of its own. */
export const NO_CASE = '-';

export interface SourceFilter {
  /** A case id, NO_CASE, or '' for any. */
  caseId: string;
  kind: SourceKind | '';
  /** ISO dates, inclusive; '' leaves that end open. */
  from: string;
  to: string;
  /** An attribute's key and value (see `attributeChoice`), or '' for any. */
  attribute: string;
}

export const emptyFilter: SourceFilter = { caseId: '', kind: '', from: '', to: '', attribute: '' };

/** Whether a filter narrows anything. */
export function isFiltered(filter: SourceFilter): boolean {
  return Boolean(filter.caseId || filter.kind || filter.from || filter.to || filter.attribute);
}

/** One choice of the attribute filter: a key and a value as text, as one select value. */
export function attributeChoice(key: string, value: string): string {
  return JSON.stringify([key, value]);
}

/**
 * The attribute filter's choices: every key the sources use (in the order first met), each with
 * every value it takes, in order (numbers by size), labelled "Omgång: 2".
 */
export function attributeChoices(
  sources: readonly Source[],
  format: (attribute: Attribute) => string,
  locale: string,
): { value: string; label: string }[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...attributeColumns(sources).keys()].flatMap((key) => {
    const values = new Map<string, Attribute>();
    for (const source of sources) {
      const found = attributeNamed(source.attributes, key);
      if (found) values.set(attributeValueText(found), found);
    }
    return [...values]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([text, attribute]) => ({
        value: attributeChoice(key, text),
        label: `${key}: ${format(attribute)}`,
      }));
  });
}

function attributeFilterOf(choice: string): [string, string] | null {
  const parsed: unknown = choice ? JSON.parse(choice) : null;
  return Array.isArray(parsed) && parsed.length === 2
    ? [String(parsed[0]), String(parsed[1])]
    : null;
}

/** The rows a filter keeps. A source without a date is left out once a date range is set. */
export function filterRows(rows: readonly SourceRow[], filter: SourceFilter): SourceRow[] {
  const attribute = attributeFilterOf(filter.attribute);
  return rows.filter(({ source }) => {
    if (
      filter.caseId === NO_CASE
        ? source.caseId !== null
        : filter.caseId && source.caseId !== filter.caseId
    )
      return false;
    if (filter.kind && source.kind !== filter.kind) return false;
    if (filter.from || filter.to) {
      if (!source.date) return false;
      if (filter.from && source.date < filter.from) return false;
      if (filter.to && source.date > filter.to) return false;
    }
    if (attribute) {
      const found = attributeNamed(source.attributes, attribute[0]);
      if (!found || attributeValueText(found) !== attribute[1]) return false;
    }
    return true;
  });
}

/**
 * Rows in a column's order. Empty values (no case, no date) go last whichever the direction,
 * and ties keep title order, so the list never jumps about between clicks.
 */
export function sortRows(
  rows: readonly SourceRow[],
  sort: SourceSort,
  locale: string,
): SourceRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byTitle = (a: SourceRow, b: SourceRow) => collator.compare(a.source.title, b.source.title);
  const value = (row: SourceRow): string | number | null => {
    switch (sort.key) {
      case 'title':
        return row.source.title;
      case 'case':
        return row.caseName || null;
      case 'kind':
        return row.kindLabel;
      case 'date':
        return row.source.date;
      case 'codings':
        return row.codings;
    }
  };
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) {
      if (x === y) return byTitle(a, b);
      return x === null ? 1 : -1;
    }
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : collator.compare(String(x), String(y));
    return order !== 0 ? sign * order : byTitle(a, b);
  });
}

/** The sort after clicking a column: the other way on the same column, else that column up. */
export function nextSort(current: SourceSort | null, key: SortKey): SourceSort {
  if (current?.key === key)
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  // Counts are most useful largest first.
  return { key, direction: key === 'codings' ? 'descending' : 'ascending' };
}
