import { pageLabel } from '../../../../shared/i18n/page-labels';
import {
  attributeColumns,
  attributeKeyOf,
  attributeNamed,
  type Attribute,
} from '../../../../shared/model/attributes';
import type { Coding, Source } from '../../../../shared/model/entities';
import { pageSpan } from '../../../../shared/model/source-pages';
import { LIST_SEPARATOR, themeList, type ReportContext } from '../report-context';
import { userNames } from '../../../../shared/model/users';
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
  text: 'text',
  number: 'number',
  boolean: 'boolean',
  date: 'date',
};

/** Distinct non-empty values, joined. */
function distinct(values: readonly string[]): string {
  return [...new Set(values.filter((v) => v.trim() !== ''))].join(LIST_SEPARATOR);
}

/**
 * Sheet 5: one coded segment per row, analysis-ready (what QualCoder users ask for): case,
 * source, kind, date, respondents and roles, theme paths, valence, quote, its page(s) in a PDF,
 * memo, position, then the case's attributes and the source's own as columns so the quotes can
 * be filtered and pivoted by them (a source key that is also a case key says "(Source)").
 */
export async function writeQuotesSheet(context: ReportContext): Promise<void> {
  const { data, labels } = context;
  const caseKeys = attributeColumns(data.cases);
  const sourceKeys = attributeColumns(data.sources);
  const onCases = new Set([...caseKeys.keys()].map(attributeKeyOf));
  const spec = (header: string, type: Attribute['type']): ColumnSpec => ({
    header,
    width: fitWidth([header], 10, 24),
    kind: KIND_OF_ATTRIBUTE[type],
  });
  const attributeSpecs: ColumnSpec[] = [
    ...[...caseKeys].map(([key, type]) => spec(key, type)),
    ...[...sourceKeys].map(([key, type]) =>
      spec(onCases.has(attributeKeyOf(key)) ? `${key} (${labels.quotes[1]})` : key, type),
    ),
  ];
  const table = context.book.table(
    labels.sheets.quotes,
    [
      ...columnsOf(labels.quotes, [
        [18, 'text'],
        [28, 'wrap'],
        [13, 'text'],
        [11, 'date'],
        [26, 'wrap'],
        [24, 'wrap'],
        [22, 'wrap'],
        [34, 'wrap'],
        [10, 'text'],
        [70, 'wrap'],
        [9, 'text'],
        [36, 'wrap'],
        [8, 'integer'],
        [8, 'integer'],
        [14, 'text'],
        [38, 'text'],
      ]),
      ...attributeSpecs,
      // On paper: who said what, where, on which theme and page, with the memo (case to memo); the
      // positions, coder, id and attributes are for filtering on screen.
    ],
    { printColumns: 12 },
  );

  // The columns that come from the source and its case are the same for all its quotes.
  const prefixes = new Map<string, { before: CellValue[]; after: CellValue[] }>();
  const prefixOf = (source: Source | undefined) => {
    const id = source?.id ?? '';
    let prefix = prefixes.get(id);
    if (!prefix) {
      const theCase = source?.caseId ? context.caseById.get(source.caseId) : undefined;
      const respondents = (source?.respondentIds ?? [])
        .map((r) => context.respondentById.get(r))
        .filter((r) => r !== undefined);
      prefix = {
        before: [
          theCase?.name ?? labels.noCase,
          source?.title ?? '',
          source ? labels.sourceKind[source.kind] : '',
          dateCell(source?.date),
          distinct(respondents.map((r) => r.pseudonym)),
          distinct(respondents.map((r) => r.role)),
          distinct(respondents.map((r) => r.organisation)),
        ],
        after: [
          ...[...caseKeys.keys()].map((key) =>
            attributeCell(attributeNamed(theCase?.attributes, key)),
          ),
          ...[...sourceKeys.keys()].map((key) =>
            attributeCell(attributeNamed(source?.attributes, key)),
          ),
        ],
      };
      prefixes.set(id, prefix);
    }
    return prefix;
  };

  const memos = new Map<string, string[]>();
  for (const memo of data.memos) {
    if (memo.target.kind !== 'coding' || memo.text.trim() === '') continue;
    const text = memo.title ? `${memo.title}: ${memo.text}` : memo.text;
    memos.set(memo.target.id, [...(memos.get(memo.target.id) ?? []), text]);
  }
  const coderNames = userNames(data.users);
  for (const coding of sortedCodings(data.codings, data.sources)) {
    const source = context.sourceById.get(coding.sourceId);
    const { before, after } = prefixOf(source);
    await table.addRow([
      ...before,
      themeList(context, coding.themeIds),
      labels.valence[coding.valence],
      coding.snippet,
      pageLabel(pageSpan(source?.pages, coding.start, coding.end), context.language) || null,
      [coding.memo, ...(memos.get(coding.id) ?? [])].filter((m) => m.trim() !== '').join('\n\n'),
      coding.start,
      coding.end,
      coderNames.get(coding.coderId) ?? coding.coderId,
      coding.id,
      ...after,
    ]);
  }
}

/** Codings in the order of their sources in the project, then by position in the text. */
function sortedCodings(codings: readonly Coding[], sources: readonly Source[]): Coding[] {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  return [...codings].sort(
    (a, b) =>
      (order.get(a.sourceId) ?? Infinity) - (order.get(b.sourceId) ?? Infinity) ||
      a.start - b.start ||
      a.end - b.end,
  );
}
