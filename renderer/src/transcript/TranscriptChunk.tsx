import { memo } from 'react';
import { highlightStyle } from './highlight-style';
import type { Chunk } from './transcript-chunks';
import { overlayCodings, type Block } from './transcript-layout';

/** A coding as the transcript draws it: a UTF-16 range with its themes' colours. */
export interface TranscriptCoding {
  id: string;
  /** UTF-16, end exclusive. */
  start: number;
  end: number;
  /** Colours of its themes, first theme first. */
  colours: readonly string[];
  /** Theme names, for the margin stripe's tooltip. */
  label: string;
}

interface ChunkProps {
  chunk: Chunk;
  text: string;
  /** The codings touching this chunk, in the transcript's order. */
  codings: readonly TranscriptCoding[];
  activeIds: ReadonlySet<string>;
  /** What the drawing depends on besides the text (see chunkSignature). */
  signature: string;
  onStripe: (codingId: string) => void;
}

/**
 * One chunk of paragraphs, drawn: speaker label in the left column, the text cut into spans
 * (each carrying its start offset), and per coding a stripe in the margin with one band per
 * theme, spanning about the lines it covers. Laid out and redrawn only when its signature
 * changes.
 */
export const TranscriptChunk = memo(
  function TranscriptChunk({ chunk, text, codings, activeIds, onStripe }: ChunkProps) {
    const blocks = overlayCodings(chunk.lines, codings);
    const byId = new Map(codings.map((c) => [c.id, c]));
    return (
      <div className="chunk" data-chunk={chunk.index}>
        {blocks.map((block) => (
          <div className="turn" key={block.start}>
            <div className="turn-speaker">
              {block.speaker && (
                <span data-offset={block.speaker.start}>
                  {text.slice(block.speaker.start, block.speaker.end)}
                </span>
              )}
            </div>
            <p className="turn-text">
              {block.segments.map((segment) => {
                const coded = segment.codingIds.length > 0;
                const active = segment.codingIds.some((id) => activeIds.has(id));
                return (
                  <span
                    key={segment.start}
                    data-offset={segment.start}
                    data-codings={coded ? segment.codingIds.join(' ') : undefined}
                    className={coded ? (active ? 'coded is-active' : 'coded') : undefined}
                    style={
                      coded ? highlightStyle(segmentColours(segment.codingIds, byId)) : undefined
                    }
                  >
                    {text.slice(segment.start, segment.end)}
                  </span>
                );
              })}
            </p>
            <Stripes block={block} byId={byId} activeIds={activeIds} onStripe={onStripe} />
          </div>
        ))}
      </div>
    );
  },
  // Chunks are cut by the text alone, so the same place and signature draw the same spans.
  (prev, next) =>
    prev.signature === next.signature &&
    prev.text === next.text &&
    prev.chunk.start === next.chunk.start &&
    prev.chunk.end === next.chunk.end,
);

function Stripes({
  block,
  byId,
  activeIds,
  onStripe,
}: {
  block: Block;
  byId: ReadonlyMap<string, TranscriptCoding>;
  activeIds: ReadonlySet<string>;
  onStripe: (codingId: string) => void;
}) {
  const bodyStart = block.segments[0]?.start ?? block.start;
  const length = Math.max(1, block.end - bodyStart);
  return (
    <div className="turn-stripes" aria-hidden="true">
      {block.codingIds.map((id) => {
        const coding = byId.get(id);
        if (!coding) return null;
        // The part of the paragraph it covers, as a share of its height (lines wrap evenly).
        const top = Math.max(0, (coding.start - bodyStart) / length);
        const bottom = Math.max(0, (block.end - coding.end) / length);
        return (
          <span
            key={id}
            className={activeIds.has(id) ? 'stripe is-active' : 'stripe'}
            // As wide as its bands (3px each, 1px apart); the fill inside is placed absolutely.
            style={{ width: coding.colours.length * 4 - 1 }}
            title={coding.label}
            onClick={(event) => {
              event.stopPropagation();
              onStripe(id);
            }}
          >
            <span className="stripe-fill" style={{ top: pct(top), bottom: pct(bottom) }}>
              {coding.colours.map((colour, i) => (
                <span key={i} className="stripe-band" style={{ backgroundColor: colour }} />
              ))}
            </span>
          </span>
        );
      })}
    </div>
  );
}

function pct(share: number): string {
  return `${Math.min(100, share * 100).toFixed(2)}%`;
}

/** Every theme colour of the codings on a segment, each once, first themes first. */
export function segmentColours(
  ids: readonly string[],
  byId: ReadonlyMap<string, TranscriptCoding>,
): string[] {
  const colours: string[] = [];
  for (const id of ids) {
    for (const colour of byId.get(id)?.colours ?? ['#888888']) {
      if (!colours.includes(colour)) colours.push(colour);
    }
  }
  return colours;
}
