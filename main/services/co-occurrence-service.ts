import type { OpOutput, OpParsedInput } from '../../shared/contract';
import { coOccurrence, coOccurrencePlaces } from '../../shared/analysis/co-occurrence';
import type { Coding } from '../../shared/model/entities';
import { countBelow, TextOffsets } from '../../shared/model/text-offsets';
import type { ProjectStore } from './store/project-store';
import { SourceContext } from './source-context';

type Scope = 'overlap' | 'paragraph';

/**
 * The codings co-occurrence looks at and, by paragraph, each one's paragraph number: the count
 * of line breaks before its start. A source whose text is missing or changed is left out.
 */
async function meetingGround(
  store: ProjectStore,
  scope: Scope,
): Promise<{ codings: readonly Coding[]; paragraphOf?: (coding: Coding) => number }> {
  const { codings, sources } = store.data();
  if (scope === 'overlap') return { codings };
  const breaks = new Map<string, number[]>();
  for (const source of sources) {
    // Found with indexOf, not by spreading the text into characters: 1,000 long interviews
    // would make arrays of 35 million strings.
    const text = await store.texts.readIfSound(source.id);
    if (text === null) continue; // its codings cannot be placed in paragraphs: left out below
    const offsets = new TextOffsets(text);
    const positions: number[] = [];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
      positions.push(offsets.toCodePoint(at));
    breaks.set(source.id, positions);
  }
  return {
    codings: codings.filter((coding) => breaks.has(coding.sourceId)),
    paragraphOf: (coding) => countBelow(breaks.get(coding.sourceId) ?? [], coding.start),
  };
}

/** Theme pairs that meet on overlapping codings or (by default) in the same paragraph. */
export async function themeCoOccurrence(
  store: ProjectStore,
  scope: Scope,
): Promise<OpOutput<'analysis.coOccurrence'>> {
  const { codings, paragraphOf } = await meetingGround(store, scope);
  return { pairs: coOccurrence(codings, paragraphOf) };
}

/**
 * Where two themes meet, counted as `themeCoOccurrence` counts them: each place's text with the
 * words around it, the first `limit` of them (the rest only counted).
 */
export async function coOccurrencePassages(
  store: ProjectStore,
  input: OpParsedInput<'analysis.coOccurrencePlaces'>,
): Promise<OpOutput<'analysis.coOccurrencePlaces'>> {
  const { codings, paragraphOf } = await meetingGround(store, input.scope);
  const places = coOccurrencePlaces(codings, input.a, input.b, paragraphOf);
  const context = new SourceContext((id) => store.texts.readIfSound(id));
  const shown: OpOutput<'analysis.coOccurrencePlaces'>['places'] = [];
  for (const place of places.slice(0, input.limit)) {
    shown.push({ ...place, ...(await context.around(place.sourceId, place.start, place.end)) });
  }
  return { places: shown, total: places.length };
}
