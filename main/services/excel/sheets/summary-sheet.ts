import type { ProjectData } from '../../../../shared/model/project-data';
import { caseList, LIST_SEPARATOR, themeList, type ReportContext } from '../report-context';
import { DATE_FORMATS, type CellValue } from '../table-writer';

/** How the report was made, for the Summary sheet. */
export interface SummaryFacts {
  caseIds: readonly string[] | null;
  themeIds: readonly string[] | null;
  pseudonymise: boolean;
  /** Names of the sheets after this one. */
  sheetNames: readonly string[];
}

/** Sheet 1: the project, the counts in the report beside the project's, and how it was made. */
export async function writeSummarySheet(
  context: ReportContext,
  facts: SummaryFacts,
): Promise<void> {
  const { labels, data, full } = context;
  const s = labels.summary;
  const table = context.book.table(labels.sheets.summary, [
    { header: s.headers[0], width: 28, kind: 'wrap' },
    { header: s.headers[1], width: 58, kind: 'wrap' },
    { header: s.headers[2], width: 12, kind: 'integer' },
  ]);
  const localDay = new Date(
    Date.UTC(context.now.getFullYear(), context.now.getMonth(), context.now.getDate()),
  );
  const rows: CellValue[][] = [
    [s.project, full.project.name, null],
    [s.description, full.project.description, null],
    [s.evaluator, full.project.evaluator, null],
    [s.reportDate, localDay, null],
    [s.language, s.languageName, null],
  ];
  const counts: [string, (d: ProjectData) => number][] = [
    [s.cases, (d) => d.cases.length],
    [s.sources, (d) => d.sources.length],
    [s.respondents, (d) => d.respondents.length],
    [s.codings, (d) => d.codings.length],
    [s.themes, (d) => d.themes.length],
    [s.findings, (d) => d.findings.length],
    [s.recommendations, (d) => d.recommendations.length],
    [s.questions, (d) => d.questions.length],
    [s.syntheses, (d) => d.syntheses.filter((x) => x.text.trim() !== '').length],
  ];
  for (const [label, count] of counts) rows.push([label, count(data), count(full)]);
  rows.push(
    [s.caseFilter, facts.caseIds ? caseList(context, facts.caseIds) : labels.all, null],
    [s.themeFilter, facts.themeIds ? themeList(context, facts.themeIds) : labels.all, null],
    [s.pseudonymisation, facts.pseudonymise ? labels.yes : labels.no, null],
    [s.pseudonymsListed, facts.pseudonymise ? full.pseudonyms.length : 0, full.pseudonyms.length],
    [s.sheets, facts.sheetNames.join(LIST_SEPARATOR), null],
    [s.matrixNote, s.matrixNoteText, null],
    [s.strengthRule, s.strengthRuleText, null],
    [s.contradictionRule, s.contradictionRuleText, null],
  );
  // The date row carries its own format; the column is free text.
  const dateStyle = [undefined, { numFmt: DATE_FORMATS[context.language] }];
  for (const row of rows) await table.addRow(row, row[1] instanceof Date ? dateStyle : []);
}
