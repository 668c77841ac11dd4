import {
  codersOf,
  measureAgreement,
  unitGrid,
  type AgreementUnit,
  type UnitGrid,
} from '../../shared/analysis/agreement';
import { TextUnits } from '../../shared/analysis/text-units';
import type { AgreementResult } from '../../shared/contract';
import { FyndError } from '../../shared/errors';
import type { ProjectData } from '../../shared/model/project-data';
import { TextOffsets } from '../../shared/model/text-offsets';

/** What agreement is asked for: the unit, and the two coders (by default the two most active). */
export interface AgreementRequest {
  unit: AgreementUnit;
  coders?: readonly [string, string] | undefined;
}

/**
 * Intercoder agreement on a project, for the app and the command line. Character units need
 * only each source's length; sentences and paragraphs read the texts, and a source whose text
 * is missing or no longer the coded one is left out and counted.
 */
export async function agreementOf(
  data: ProjectData,
  readText: (sourceId: string) => Promise<string | null>,
  request: AgreementRequest,
): Promise<AgreementResult> {
  const coders = codersOf(data.codings);
  const pair = request.coders ?? chosenPair(coders);
  if (pair[0] === pair[1]) {
    throw new FyndError('invalidInput', 'Agreement is measured between two different coders.', {
      path: 'coders',
    });
  }
  for (const name of pair) {
    if (!coders.includes(name)) {
      throw new FyndError('coderNotFound', `No coder is called ${name}.`, {
        name,
        coders: coders.join(', '),
      });
    }
  }
  const grids = new Map<string, UnitGrid>();
  let unreadable = 0;
  const coded = new Set(data.codings.map((c) => c.sourceId));
  for (const source of data.sources) {
    if (!coded.has(source.id)) continue;
    if (request.unit === 'character') {
      grids.set(source.id, unitGrid(source.length));
      continue;
    }
    const text = await readText(source.id);
    if (text === null || new TextOffsets(text).codePointLength !== source.length) {
      unreadable++;
      continue;
    }
    grids.set(source.id, unitGrid(source.length, new TextUnits(text).allUnits(request.unit)));
  }
  const report = measureAgreement({
    unit: request.unit,
    coders: pair,
    themes: data.themes,
    codings: data.codings,
    grids,
  });
  const names = new Map(data.themes.map((t) => [t.id, t.name]));
  return {
    unit: report.unit,
    coders: [pair[0], pair[1]],
    allCoders: coders,
    sources: report.sourceIds.length,
    unreadable,
    overall: figuresOnly(report.overall),
    themes: report.themes.map((theme) => ({
      themeId: theme.themeId,
      theme: names.get(theme.themeId) ?? '',
      ...figuresOnly(theme),
      table: theme.table,
    })),
  };
}

function chosenPair(coders: readonly string[]): readonly [string, string] {
  const [first, second] = coders;
  if (first === undefined || second === undefined) {
    throw new FyndError('tooFewCoders', `Agreement needs two coders; found ${coders.length}.`, {
      found: coders.length,
    });
  }
  return [first, second];
}

function figuresOnly<
  T extends { percent: number | null; kappa: number | null; alpha: number | null; units: number },
>(figures: T): Pick<T, 'percent' | 'kappa' | 'alpha' | 'units'> {
  return {
    percent: figures.percent,
    kappa: figures.kappa,
    alpha: figures.alpha,
    units: figures.units,
  };
}
