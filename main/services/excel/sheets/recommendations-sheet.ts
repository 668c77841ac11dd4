import type { FollowUp, Recommendation } from '../../../../shared/model/entities';
import { byOrder } from '../../../../shared/model/numbering';
import type { ReportContext } from '../report-context';
import { columnsOf, dateCell } from '../table-writer';

/** The most recent follow-up (by date; the later entry wins a tie). */
export function latestFollowUp(recommendation: Recommendation): FollowUp | undefined {
  let latest: FollowUp | undefined;
  for (const f of recommendation.followUps) if (!latest || f.date >= latest.date) latest = f;
  return latest;
}

/**
 * Sheet 7: the recommendation tracking matrix: each recommendation, the findings it rests on
 * (by number, as on the Findings sheet), then the management response and the latest follow-up.
 */
export async function writeRecommendationsSheet(context: ReportContext): Promise<void> {
  const { data, labels } = context;
  const table = context.book.table(
    labels.sheets.recommendations,
    columnsOf(labels.recommendations, [
      [6, 'integer'],
      [30, 'wrap'],
      [55, 'wrap'],
      [45, 'wrap'],
      [11, 'text'],
      [26, 'wrap'],
      [10, 'text'],
      [16, 'wrap'],
      [16, 'wrap'],
      [36, 'wrap'],
      [36, 'wrap'],
      [22, 'wrap'],
      [12, 'date'],
      [12, 'date'],
      [16, 'wrap'],
      [12, 'date'],
      [36, 'wrap'],
    ]),
    { frozenColumns: 2 },
  );
  for (const r of byOrder(data.recommendations)) {
    const findings = r.findingIds
      .map((id) => context.findingNumber.get(id))
      .filter((n): n is number => n !== undefined)
      .sort((a, b) => a - b);
    const response = r.response;
    const followUp = latestFollowUp(r);
    await table.addRow([
      context.recommendationNumber.get(r.id) ?? null,
      r.title,
      r.text,
      r.rationale,
      findings.join(', '),
      r.actor,
      labels.priority[r.priority],
      r.timeframe,
      response ? labels.decision[response.decision] : labels.noResponse,
      response?.reasons ?? '',
      response?.keyActions ?? '',
      response?.responsibleUnit ?? '',
      dateCell(response?.deadline),
      dateCell(response?.received),
      followUp ? labels.followUpStatus[followUp.status] : '',
      dateCell(followUp?.date),
      followUp?.note ?? '',
    ]);
  }
}
