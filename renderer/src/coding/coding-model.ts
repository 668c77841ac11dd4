import type { Coding, Theme } from '../../../shared/model/entities';
import type { TextOffsets } from '../../../shared/model/text-offsets';
import type { TranscriptCoding } from '../transcript/Transcript';

const MISSING_COLOUR = '#8a8f98';

/** A source's codings in reading order. */
export function codingsOf(codings: readonly Coding[], sourceId: string): Coding[] {
  return codings
    .filter((c) => c.sourceId === sourceId)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Codings as the transcript draws them: UTF-16 ranges with their themes' colours. */
export function toTranscriptCodings(
  codings: readonly Coding[],
  offsets: TextOffsets,
  themeById: ReadonlyMap<string, Theme>,
  /** Each coder's name, when the project has more than one: the hover names the coder too. */
  coderNames: ReadonlyMap<string, string> | null = null,
): TranscriptCoding[] {
  return codings.map((coding) => {
    const themes = coding.themeIds.map((id) => themeById.get(id));
    const label = themes.map((theme) => theme?.name ?? '?').join(', ');
    const coder = coderNames?.get(coding.coderId);
    return {
      id: coding.id,
      start: offsets.toUtf16(coding.start),
      end: offsets.toUtf16(coding.end),
      colours: themes.map((theme) => theme?.colour ?? MISSING_COLOUR),
      label: coder ? `${label} · ${coder}` : label,
    };
  });
}

/** A snippet shortened for lists, on a word boundary. */
export function shortSnippet(snippet: string, max = 140): string {
  // Only the head matters; a coding can be pages long and lists show hundreds of them.
  const whole = snippet.trimStart();
  const head = whole.length > max * 3 ? whole.slice(0, max * 3) : whole;
  const flat = head.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return head === whole ? flat : `${flat}…`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max).trimEnd()}…`;
}

/** A long text as its beginning and its end (where bounds are judged), joined by "…". */
export function bothEnds(text: string, each = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= each * 2 + 5) return flat;
  return `${flat.slice(0, each).trimEnd()} … ${flat.slice(-each).trimStart()}`;
}
