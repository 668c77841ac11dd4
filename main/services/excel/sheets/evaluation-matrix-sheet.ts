import { questionStatus } from '../../../../shared/analysis/evidence';
import type { Question } from '../../../../shared/model/entities';
import { byOrder } from '../../../../shared/model/numbering';
import { LIST_SEPARATOR, themeList, type ReportContext } from '../report-context';
import { columnsOf } from '../table-writer';

/** One line per indicator: "Företagsbesök (st): Härnösand 120; Kramfors 45", or a dash. */
function indicatorLines(context: ReportContext, question: Question): string {
  const format = new Intl.NumberFormat(context.language === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  return question.indicatorNames
    .map((name) => {
      const values: string[] = [];
      const units = new Set<string>();
      for (const c of context.data.cases) {
        for (const i of c.indicators) {
          if (i.name !== name) continue;
          values.push(`${c.name} ${format.format(i.value)}`);
          if (i.unit) units.add(i.unit);
        }
      }
      const label = units.size === 1 ? `${name} (${[...units][0]})` : name;
      return `${label}: ${values.length > 0 ? values.join(LIST_SEPARATOR) : '–'}`;
    })
    .join('\n');
}

/**
 * Sheet 8: the evaluation matrix: each evaluation question with its criterion, themes,
 * indicators (values per case), the findings that answer it, the evidence strength and the
 * gaps still open (see `questionStatus`).
 */
export async function writeEvaluationMatrixSheet(context: ReportContext): Promise<void> {
  const { data, labels } = context;
  const table = context.book.table(
    labels.sheets.evaluationMatrix,
    columnsOf(labels.evaluationMatrix, [
      [6, 'integer'],
      [40, 'wrap'],
      [15, 'text'],
      [32, 'wrap'],
      [50, 'wrap'],
      [60, 'wrap'],
      [12, 'text'],
      [30, 'wrap'],
    ]),
    { frozenColumns: 2 },
  );
  for (const question of byOrder(data.questions)) {
    const status = questionStatus(data, question);
    const findings = status.findings.map((f) => {
      const strength = status.evidence.get(f.id)?.strength ?? 'none';
      return `${context.findingNumber.get(f.id) ?? '?'}. ${f.statement} (${labels.evidenceStrength[strength]})`;
    });
    await table.addRow([
      context.questionNumber.get(question.id) ?? null,
      question.text,
      labels.criterion[question.criterion],
      themeList(context, question.themeIds),
      indicatorLines(context, question),
      findings.join('\n\n'),
      labels.evidenceStrength[status.strength],
      status.gaps.map((g) => labels.questionGap[g]).join(LIST_SEPARATOR),
    ]);
  }
}
