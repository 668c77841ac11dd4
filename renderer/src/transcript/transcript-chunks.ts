import type { CodedRange, Line } from './transcript-layout';

/**
 * Long transcripts are drawn in chunks of paragraphs: a chunk near the visible part is rendered
 * as text spans, one far away as an empty box of its height. Chunks are cut from the text's
 * lines alone, so a new coding never moves a chunk; only the chunks a coding touches are laid
 * out again. Pure, so it is tested under Node.
 */

export interface Chunk {
  index: number;
  /** UTF-16 offsets of its first line's start and last line's end. */
  start: number;
  end: number;
  lines: readonly Line[];
}

/** Cuts lines into chunks of at most `maxLines` lines or about `maxChars` characters. */
export function chunkLines(lines: readonly Line[], maxLines = 40, maxChars = 8000): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Line[] = [];
  let chars = 0;
  const flush = () => {
    const first = current[0];
    const last = current.at(-1);
    if (first && last) {
      chunks.push({ index: chunks.length, start: first.start, end: last.end, lines: current });
    }
    current = [];
    chars = 0;
  };
  for (const line of lines) {
    if (
      current.length >= maxLines ||
      (current.length > 0 && chars + (line.end - line.start) > maxChars)
    ) {
      flush();
    }
    current.push(line);
    chars += line.end - line.start;
  }
  flush();
  return chunks;
}

/** The index of the chunk holding a UTF-16 offset (the last one starting at or before it). */
export function chunkAt(chunks: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((chunks[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The chunks covering [start, end), as indexes. */
export function chunksCovering(
  chunks: readonly { start: number }[],
  start: number,
  end: number,
): number[] {
  const first = chunkAt(chunks, start);
  const last = chunkAt(chunks, Math.max(start, end - 1));
  const result: number[] = [];
  for (let i = first; i <= last; i++) result.push(i);
  return result;
}

/**
 * Each chunk's codings: those that touch its text, in the order given (which sets the colours'
 * and stripes' order). A coding over several chunks is in each of them.
 */
export function codingsByChunk<T extends CodedRange>(
  chunks: readonly Chunk[],
  codings: readonly T[],
): T[][] {
  const byChunk: T[][] = chunks.map(() => []);
  for (const coding of codings) {
    for (const i of chunksCovering(chunks, coding.start, coding.end)) {
      const chunk = chunks[i];
      if (chunk && coding.start < chunk.end && coding.end > chunk.start) byChunk[i]?.push(coding);
    }
  }
  return byChunk;
}

export interface HeightModel {
  /** Characters on a line of the text column. */
  charsPerLine: number;
  lineHeight: number;
  /** Space between paragraphs. */
  blockGap: number;
}

/** How tall a chunk will be, before it is drawn (its placeholder's height). */
export function estimateHeight(chunk: Chunk, model: HeightModel): number {
  let lines = 0;
  for (const line of chunk.lines) {
    lines += Math.max(1, Math.ceil((line.end - line.start) / model.charsPerLine));
  }
  return Math.round(lines * model.lineHeight + chunk.lines.length * model.blockGap);
}

/**
 * How tall each chunk's placeholder is: the height the chunk had when last drawn, else an
 * estimate scaled by how the first drawn chunk compared with its own estimate.
 */
export class ChunkHeights {
  private readonly drawn = new Map<number, number>();
  private scale = 1;

  constructor(
    private readonly model: HeightModel,
    /** How many chunks the text has (a new text gets new heights). */
    readonly count: number,
  ) {}

  /** Whether a drawn chunk has been measured yet. */
  get measured(): boolean {
    return this.drawn.size > 0;
  }

  /** Remembers a drawn chunk's height; the first one also sets how estimates are scaled. */
  record(chunk: Chunk, height: number): void {
    if (!this.measured) {
      const ratio = height / Math.max(1, estimateHeight(chunk, this.model));
      if (ratio > 0.25 && ratio < 4) this.scale = ratio;
    }
    this.drawn.set(chunk.index, height);
  }

  /** The height of a chunk's placeholder. */
  heightOf(chunk: Chunk): number {
    return (
      this.drawn.get(chunk.index) ?? Math.round(estimateHeight(chunk, this.model) * this.scale)
    );
  }
}

/**
 * What a chunk's drawing depends on besides its text: its codings, their bounds, colours and
 * labels, and which are active. A chunk is redrawn only when this changes, so coding in one
 * place does not redraw (or lay out again) the rest of the transcript.
 */
export function chunkSignature(
  codings: readonly (CodedRange & { colours: readonly string[]; label: string })[],
  isActive: (codingId: string) => boolean,
): string {
  return codings
    .map(
      (c) =>
        `${c.id}:${c.start}-${c.end}${isActive(c.id) ? '*' : ''}${c.colours.join('')}${c.label}`,
    )
    .join('|');
}

/**
 * The chunks a drawn window keeps: those the view asked for, plus every chunk holding an offset
 * that must stay in the page (a live selection's ends, the text about to be coded), so moving
 * away never cuts a selection or a highlight off.
 */
export function keptChunks(
  chunks: readonly Chunk[],
  wanted: Iterable<number>,
  pinnedOffsets: readonly number[],
): Set<number> {
  const kept = new Set(wanted);
  for (const offset of pinnedOffsets) kept.add(chunkAt(chunks, offset));
  return kept;
}
