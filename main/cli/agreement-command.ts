import { AgreementUnitSchema } from '../../shared/analysis/agreement';
import type { AgreementResult } from '../../shared/contract';
import { formatFigure } from '../../shared/i18n/format';
import { agreementOf } from '../services/agreement-service';
import { inspectProject } from '../services/project-inspector';
import { SourceTexts } from '../services/store/source-texts';
import { flagValue, type ParsedArgs } from './args';
import type { Output } from './cli-main';
import { openNote } from './open-note';

/**
 * `fynd agreement <dir> [--unit character|sentence|paragraph] [--coders A,B] [--json]`: a table of
 * percent agreement, κ and α per theme and overall; with --json, one JSON object on the last line.
 */
export async function agreementCommand(
  dir: string,
  args: ParsedArgs,
  out: Output,
  err: Output,
): Promise<number> {
  const unit = AgreementUnitSchema.safeParse(flagValue(args, 'unit') ?? 'character');
  if (!unit.success) {
    err.write('fynd agreement: --unit is character, sentence or paragraph.\n');
    return 2;
  }
  const named = flagValue(args, 'coders')
    ?.split(',')
    .map((name) => name.trim());
  if (named && (named.length !== 2 || named.some((name) => name === ''))) {
    err.write(
      'fynd agreement: --coders names two coders (names or ids), e.g. --coders "Anna,Bertil".\n',
    );
    return 2;
  }
  const { data, openInApp, seq } = await inspectProject(dir);
  if (openInApp) err.write(openNote(seq));
  const texts = new SourceTexts(dir);
  const result = await agreementOf(data, (id) => texts.readIfSound(id), {
    unit: unit.data,
    coders: named ? [named[0] ?? '', named[1] ?? ''] : undefined,
  });
  out.write(agreementTable(result));
  if (args.flags.has('json')) out.write(`${JSON.stringify(agreementJson(result))}\n`);
  return 0;
}

/** The JSON line: percent in 0–100, undefined figures as null. */
export function agreementJson(result: AgreementResult) {
  const figures = (f: AgreementResult['overall']) => ({
    percent: f.percent,
    kappa: f.kappa,
    alpha: f.alpha,
    units: f.units,
  });
  return {
    unit: result.unit,
    coders: result.coders,
    overall: figures(result.overall),
    themes: result.themes.map((theme) => ({ theme: theme.theme, ...figures(theme) })),
  };
}

const UNIT_WORDS = { character: 'character', sentence: 'sentence', paragraph: 'paragraph' };

/** A plain-text table, one theme a line, the pooled figures last. */
export function agreementTable(result: AgreementResult): string {
  const [first, second] = result.coders;
  const lines = [
    `Agreement between ${first} and ${second} by ${UNIT_WORDS[result.unit]}, on ${result.sources} source(s) both coded` +
      (result.unreadable > 0 ? ` (${result.unreadable} left out: text missing or changed)` : ''),
    '',
  ];
  const rows = [
    ['Theme', 'Units', 'Agreement', 'Kappa', 'Alpha'],
    ...result.themes.map((theme) => row(theme.theme, theme)),
    row('Overall', result.overall),
  ];
  const widths = [0, 1, 2, 3, 4].map((column) =>
    Math.max(...rows.map((cells) => [...(cells[column] ?? '')].length)),
  );
  for (const cells of rows) {
    lines.push(
      cells
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    );
  }
  if ([result.overall, ...result.themes].some((f) => f.kappa === null || f.alpha === null)) {
    lines.push('', '–  not defined: the two coders made only one kind of decision there');
  }
  return `${lines.join('\n')}\n`;
}

function row(name: string, figures: AgreementResult['overall']): string[] {
  const coefficient = (value: number | null) =>
    value === null ? '–' : formatFigure(value, 2, value === 1 ? 2 : 1, 'en');
  return [
    name,
    figures.units.toLocaleString('en-GB'),
    figures.percent === null ? '–' : `${formatFigure(figures.percent, 1, 100, 'en')} %`,
    coefficient(figures.kappa),
    coefficient(figures.alpha),
  ];
}
