import type { OpOutput, OpParsedInput } from '../../shared/contract';
import { coOccurrence, coOccurrencePlaces } from '../../shared/analysis/co-occurrence';
import type { Coding } from '../../shared/model/entities';
import { countBelow, TextOffsets } from '../../shared/model/text-offsets';
import type { ProjectStore } from './store/project-store';

/** Words of context shown around a place, in code points (as quotes have). */
const CONTEXT = 160;

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
  const texts = new Map<string, TextOffsets>();
  const shown: OpOutput<'analysis.coOccurrencePlaces'>['places'] = [];
  for (const place of places.slice(0, input.limit)) {
    let text = texts.get(place.sourceId);
    if (!text) {
      text = new TextOffsets((await store.texts.readIfSound(place.sourceId)) ?? '');
      texts.set(place.sourceId, text);
    }
    shown.push({
      ...place,
      text: text.slice(place.start, place.end),
      before: text.slice(Math.max(0, place.start - CONTEXT), place.start).replace(/^\S*\s/, ''),
      after: text.slice(place.end, place.end + CONTEXT).replace(/\s\S*$/, ''),
    });
  }
  return { places: shown, total: places.length };
}
