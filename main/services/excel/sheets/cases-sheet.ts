import {
  attributeColumns,
  attributeNamed,
  type Attribute,
} from '../../../../shared/model/attributes';
import type { Indicator } from '../../../../shared/model/entities';
import type { ReportContext } from '../report-context';
import {
  attributeCell,
  columnsOf,
  dateCell,
  fitWidth,
  type CellValue,
  type ColumnKind,
  type ColumnSpec,
} from '../table-writer';

const KIND_OF_ATTRIBUTE: Record<Attribute['type'], ColumnKind> = {
  text: 'wrap',
  number: 'number',
  boolean: 'boolean',
  date: 'date',
};

/** An indicator column is one name with one unit; the same name in another unit is another. */
function indicatorKey(indicator: Pick<Indicator, 'name' | 'unit'>): string {
  return `${indicator.name}\u0000${indicator.unit}`;
}

/**
 * Sheet 3: one row per case with its attributes and indicators as columns (a pivot-ready
 * table), then a long list of every indicator with its source and date.
 */
export async function writeCasesSheets(context: ReportContext): Promise<void> {
  const { labels, data } = context;
  const attributeKeys = attributeColumns(data.cases);
  const indicatorColumns = new Map<string, string>();
  for (const c of data.cases) {
    for (const i of c.indicators) {
      const key = indicatorKey(i);
      if (!indicatorColumns.has(key))
        indicatorColumns.set(key, i.unit ? `${i.name} (${i.unit})` : i.name);
    }
  }
  const sourceCount = new Map<string, number>();
  const caseOfSource = new Map<string, string>();
  for (const s of data.sources) {
    if (!s.caseId) continue;
    caseOfSource.set(s.id, s.caseId);
    sourceCount.set(s.caseId, (sourceCount.get(s.caseId) ?? 0) + 1);
  }
  const codingCount = new Map<string, number>();
  for (const k of data.codings) {
    const caseId = caseOfSource.get(k.sourceId);
    if (caseId) codingCount.set(caseId, (codingCount.get(caseId) ?? 0) + 1);
  }

  const rows: CellValue[][] = data.cases.map((c) => {
    // With two values of one indicator, the most recent wins here; the list below has both.
    const indicators = new Map<string, Indicator>();
    for (const i of [...c.indicators].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')))
      indicators.set(indicatorKey(i), i);
    return [
      c.name,
      labels.caseType[c.type],
      sourceCount.get(c.id) ?? 0,
      codingCount.get(c.id) ?? 0,
      ...[...attributeKeys.keys()].map((key) => attributeCell(attributeNamed(c.attributes, key))),
      ...[...indicatorColumns.keys()].map((key) => indicators.get(key)?.value ?? null),
    ];
  });
  const widthOf = (index: number, header: string, max = 40) =>
    fitWidth([header, ...rows.map((r) => cellText(r[index]))], 9, max);
  const fixed = columnsOf(labels.cases, [
    [0, 'wrap'],
    [0, 'text'],
    [9, 'integer'],
    [11, 'integer'],
  ]).map((c, i) => ({ ...c, width: c.width || widthOf(i, c.header, 30) }));
  const attributeSpecs: ColumnSpec[] = [...attributeKeys].map(([key, type], i) => ({
    header: key,
    width: widthOf(fixed.length + i, key),
    kind: KIND_OF_ATTRIBUTE[type],
  }));
  const indicatorSpecs: ColumnSpec[] = [...indicatorColumns.values()].map((header, i) => ({
    header,
    width: widthOf(fixed.length + attributeSpecs.length + i, header, 24),
    kind: 'number',
  }));
  const table = context.book.table(
    labels.sheets.cases,
    [...fixed, ...attributeSpecs, ...indicatorSpecs],
    { frozenColumns: 1 },
  );
  for (const row of rows) await table.addRow(row);

  const list = context.book.table(
    labels.sheets.indicatorSources,
    columnsOf(labels.indicatorSources, [
      [24, 'wrap'],
      [32, 'wrap'],
      [12, 'number'],
      [8, 'text'],
      [11, 'date'],
      [40, 'wrap'],
      [50, 'wrap'],
    ]),
  );
  for (const c of data.cases) {
    for (const i of c.indicators) {
      await list.addRow([c.name, i.name, i.value, i.unit, dateCell(i.date), i.source, i.note]);
    }
  }
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return '2000-01-01';
  return String(value);
}
