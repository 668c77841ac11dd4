import { findingEvidence, representativeQuote } from '../../../../shared/analysis/evidence';
import { pageLabel } from '../../../../shared/i18n/page-labels';
import type { Coding } from '../../../../shared/model/entities';
import { byOrder } from '../../../../shared/model/numbering';
import { pageSpan } from '../../../../shared/model/source-pages';
import { caseList, LIST_SEPARATOR, themeList, type ReportContext } from '../report-context';
import { columnsOf } from '../table-writer';

/** Sheet 6: each finding with its themes, evidence counts, supporting and contradicting cases. */
export async function writeFindingsSheet(context: ReportContext): Promise<void> {
  const { data, labels } = context;
  const table = context.book.table(
    labels.sheets.findings,
    columnsOf(labels.findings, [
      [6, 'integer'],
      [60, 'wrap'],
      [34, 'wrap'],
      [8, 'integer'],
      [9, 'integer'],
      [12, 'integer'],
      [30, 'wrap'],
      [12, 'integer'],
      [30, 'wrap'],
      [12, 'text'],
      [60, 'wrap'],
      [28, 'wrap'],
    ]),
    { frozenColumns: 2 },
  );
  const findings = byOrder(data.findings);
  for (const finding of findings) {
    const evidence = findingEvidence(data, finding);
    const quote = representativeQuote(data, evidence);
    await table.addRow([
      context.findingNumber.get(finding.id) ?? null,
      finding.statement,
      themeList(context, finding.themeIds),
      evidence.quotes.length,
      evidence.sources.length,
      evidence.cases.length,
      caseList(context, evidence.cases),
      evidence.contradictingCases.length,
      caseList(context, evidence.contradictingCases),
      labels.evidenceStrength[evidence.strength],
      quote?.snippet ?? '',
      quote ? quoteOrigin(context, quote) : '',
    ]);
  }
}

/** "Respondent pseudonym, Case" for a quote (falls back to the source title), and a PDF's page. */
function quoteOrigin(context: ReportContext, quote: Coding): string {
  const source = context.sourceById.get(quote.sourceId);
  if (!source) return '';
  const who = source.respondentIds
    .map((id) => context.respondentById.get(id)?.pseudonym)
    .filter((p): p is string => p !== undefined);
  const caseName = source.caseId ? context.caseById.get(source.caseId)?.name : undefined;
  const parts = [who.length > 0 ? who.join(LIST_SEPARATOR) : source.title];
  // Pseudonyms often name the place already ("Rektor A, Sollefteå").
  if (caseName && !parts[0]?.includes(caseName)) parts.push(caseName);
  const page = pageLabel(pageSpan(source.pages, quote.start, quote.end), context.language);
  if (page) parts.push(page);
  return parts.join(', ');
}
