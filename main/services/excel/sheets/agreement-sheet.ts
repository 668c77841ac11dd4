import {
  agreementUnits,
  alphaBand,
  codersOf,
  kappaBand,
} from '../../../../shared/analysis/agreement';
import type { AgreementResult } from '../../../../shared/contract';
import { agreementPairs, readingOnce } from '../../agreement-service';
import type { ReportContext } from '../report-context';
import { columnsOf, type CellValue } from '../table-writer';

/**
 * The agreement sheet: for each pair of coders and each unit (character, sentence, paragraph),
 * the figures over all themes and then theme by theme in codebook order, with the cross table
 * behind them so a reader can recompute them. A figure the data cannot define says so in words.
 * Sentences and paragraphs need the texts; without a reader only characters are measured.
 */
export async function writeAgreementSheet(context: ReportContext): Promise<void> {
  const { labels, data } = context;
  const words = labels.agreement;
  const table = context.book.table(
    labels.sheets.agreement,
    columnsOf(words.headers, [
      [18, 'text'],
      [18, 'text'],
      [16, 'text'],
      [40, 'wrap'],
      [14, 'number'],
      [11, 'number'],
      [14, 'text'],
      [14, 'number'],
      [14, 'text'],
      [11, 'integer'],
      [11, 'integer'],
      [12, 'integer'],
      [12, 'integer'],
      [12, 'integer'],
      [12, 'integer'],
    ]),
    { frozenColumns: 2 },
  );
  const coders = codersOf(data.codings);
  if (coders.length < 2) {
    await table.addRow(['', '', '', words.tooFewCoders]);
    return;
  }
  // Each unit's figures for every pair, the texts read once for all of them.
  const readText = readingOnce(context.readText ?? (() => Promise.resolve(null)));
  const units = context.readText ? agreementUnits : (['character'] as const);
  const byUnit: AgreementResult[][] = [];
  for (const unit of units) byUnit.push(await agreementPairs(data, readText, unit));
  // Rows pair by pair, each pair's units together.
  for (const [pair] of (byUnit[0] ?? []).entries()) {
    for (const results of byUnit) {
      const result = results[pair];
      if (!result || result.sources === 0) continue;
      // Coders by their user names, as the app shows them.
      const lead = [result.coders[0], result.coders[1], words.units[result.unit]];
      // The overall table is the themes' tables pooled, as the overall figures are.
      const pooled = { both: 0, firstOnly: 0, secondOnly: 0, neither: 0 };
      for (const { table: t } of result.themes) {
        pooled.both += t.both;
        pooled.firstOnly += t.firstOnly;
        pooled.secondOnly += t.secondOnly;
        pooled.neither += t.neither;
      }
      const overall = { ...result.overall, table: pooled };
      await table.addRow([...lead, words.overall, ...figureCells(overall, words), result.sources]);
      for (const theme of result.themes) {
        const name = context.themePath.get(theme.themeId) ?? theme.theme;
        await table.addRow([...lead, name, ...figureCells(theme, words), result.sources]);
      }
    }
  }
}

type Figures = AgreementResult['overall'] & Pick<AgreementResult['themes'][number], 'table'>;

function figureCells(figures: Figures, words: ReportContext['labels']['agreement']): CellValue[] {
  const { percent, kappa, alpha, table } = figures;
  return [
    percent ?? words.undefined,
    kappa ?? words.undefined,
    kappa === null ? '' : words.bands[kappaBand(kappa)],
    alpha ?? words.undefined,
    alpha === null ? '' : words.bands[alphaBand(alpha)],
    figures.units,
    table.both,
    table.firstOnly,
    table.secondOnly,
    table.neither,
  ];
}
