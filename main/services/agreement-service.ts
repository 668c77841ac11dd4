import {
  codersOf,
  disagreementsOf,
  measureAgreement,
  unitGrid,
  type AgreementUnit,
  type UnitGrid,
} from '../../shared/analysis/agreement';
import { TextUnits } from '../../shared/analysis/text-units';
import type { AgreementResult, DisagreementPlaces } from '../../shared/contract';
import { SourceContext } from './source-context';
import { FyndError } from '../../shared/errors';
import type { ProjectData } from '../../shared/model/project-data';
import { themeTree } from '../../shared/model/theme-tree';
import { TextOffsets } from '../../shared/model/text-offsets';
import { findUser, userNames } from '../../shared/model/users';

/**
 * What agreement is asked for: the unit, and the two coders by name or id (by default the two
 * most active). Answers name coders by their user names.
 */
export interface AgreementRequest {
  unit: AgreementUnit;
  coders?: readonly [string, string] | undefined;
}

/** Intercoder agreement on a project, for the app and the command line. */
export async function agreementOf(
  data: ProjectData,
  readText: (sourceId: string) => Promise<string | null>,
  request: AgreementRequest,
): Promise<AgreementResult> {
  const { coders, pair, nameOf } = pairOf(data, request.coders);
  const { grids, unreadable } = await gridsOf(data, readText, request.unit);
  const report = measureAgreement({
    unit: request.unit,
    coders: pair,
    // Listed in codebook order, as every view and output lists themes.
    themes: themeTree(data.themes).map((row) => row.theme),
    codings: data.codings,
    grids,
  });
  const names = new Map(data.themes.map((t) => [t.id, t.name]));
  return {
    unit: report.unit,
    coders: [nameOf(pair[0]), nameOf(pair[1])],
    allCoders: coders.map(nameOf),
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

/**
 * Agreement of each pair of coders, in the order of `codersOf` (most codings first). Each text is
 * read once for all pairs.
 */
export async function agreementPairs(
  data: ProjectData,
  readText: (sourceId: string) => Promise<string | null>,
  unit: AgreementUnit,
): Promise<AgreementResult[]> {
  const { coders } = pairOf(data, undefined);
  const once = readingOnce(readText);
  const results: AgreementResult[] = [];
  for (const [i, first] of coders.entries()) {
    for (const second of coders.slice(i + 1)) {
      results.push(await agreementOf(data, once, { unit, coders: [first, second] }));
    }
  }
  return results;
}

/** A text reader that reads each source once, however many pairs and units ask for it. */
export function readingOnce(
  readText: (sourceId: string) => Promise<string | null>,
): (sourceId: string) => Promise<string | null> {
  const texts = new Map<string, Promise<string | null>>();
  return (sourceId) => {
    let text = texts.get(sourceId);
    if (!text) {
      text = readText(sourceId);
      texts.set(sourceId, text);
    }
    return text;
  };
}

/**
 * The two coders asked for (names or ids), or the two with most codings, as user ids; every
 * coder, most codings first; and the name of each.
 */
function pairOf(
  data: ProjectData,
  asked: readonly [string, string] | undefined,
): { coders: string[]; pair: readonly [string, string]; nameOf: (id: string) => string } {
  const names = userNames(data.users);
  const nameOf = (id: string): string => names.get(id) ?? id;
  const coders = codersOf(data.codings, nameOf);
  const pair = asked
    ? ([coderId(data, coders, asked[0]), coderId(data, coders, asked[1])] as const)
    : chosenPair(coders);
  if (pair[0] === pair[1]) {
    throw new FyndError('invalidInput', 'Agreement is measured between two different coders.', {
      path: 'coders',
    });
  }
  return { coders, pair, nameOf };
}

/** The id of a coder asked for by name or id, who must have coded something. */
function coderId(data: ProjectData, coders: readonly string[], asked: string): string {
  const user = findUser(data.users, asked);
  if (!user || !coders.includes(user.id)) {
    const names = userNames(data.users);
    throw new FyndError('coderNotFound', `No coder is called ${asked}.`, {
      name: asked,
      coders: coders.map((id) => names.get(id) ?? id).join(', '),
    });
  }
  return user.id;
}

/**
 * The units of every coded source. Character units need only each source's length; sentences
 * and paragraphs read the texts, and a source whose text is missing or no longer the coded one
 * is left out and counted.
 */
async function gridsOf(
  data: ProjectData,
  readText: (sourceId: string) => Promise<string | null>,
  unit: AgreementUnit,
): Promise<{ grids: Map<string, UnitGrid>; unreadable: number }> {
  const grids = new Map<string, UnitGrid>();
  let unreadable = 0;
  const coded = new Set(data.codings.map((c) => c.sourceId));
  for (const source of data.sources) {
    if (!coded.has(source.id)) continue;
    if (unit === 'character') {
      grids.set(source.id, unitGrid(source.length));
      continue;
    }
    const text = await readText(source.id);
    if (text === null || new TextOffsets(text).codePointLength !== source.length) {
      unreadable++;
      continue;
    }
    grids.set(source.id, unitGrid(source.length, new TextUnits(text).allUnits(unit)));
  }
  return { grids, unreadable };
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

/**
 * Where the two coders disagree on one theme, at the unit asked for: the first `limit` places
 * with their text and context (the rest only counted), each saying which coder coded it.
 */
export async function disagreementPlaces(
  data: ProjectData,
  readText: (sourceId: string) => Promise<string | null>,
  request: AgreementRequest & { themeId: string; limit: number },
): Promise<DisagreementPlaces> {
  const { pair, nameOf } = pairOf(data, request.coders);
  const { grids } = await gridsOf(data, readText, request.unit);
  const places = disagreementsOf({
    coders: pair,
    themeId: request.themeId,
    codings: data.codings,
    grids,
  });
  const context = new SourceContext(readText);
  const shown: DisagreementPlaces['places'] = [];
  for (const place of places.slice(0, request.limit)) {
    shown.push({
      sourceId: place.sourceId,
      start: place.start,
      end: place.end,
      coder: nameOf(pair[place.coder]),
      ...(await context.around(place.sourceId, place.start, place.end)),
    });
  }
  return { coders: [nameOf(pair[0]), nameOf(pair[1])], places: shown, total: places.length };
}
