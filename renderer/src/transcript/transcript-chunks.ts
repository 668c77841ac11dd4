import type { Block } from './transcript-layout';

/**
 * Long transcripts are drawn in chunks of paragraphs: a chunk near the visible part is rendered
 * as text spans, one far away as an empty box of about its height. Pure, so it is tested under
 * Node; the window logic (which chunks to draw) lives here too.
 */

export interface Chunk {
  index: number;
  /** UTF-16 offsets of its first block's start and last block's end. */
  start: number;
  end: number;
  blocks: readonly Block[];
}

/** Cuts blocks into chunks of at most `maxBlocks` blocks or about `maxChars` characters. */
export function chunkBlocks(blocks: readonly Block[], maxBlocks = 40, maxChars = 8000): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Block[] = [];
  let chars = 0;
  const flush = () => {
    const first = current[0];
    const last = current.at(-1);
    if (first && last) {
      chunks.push({ index: chunks.length, start: first.start, end: last.end, blocks: current });
    }
    current = [];
    chars = 0;
  };
  for (const block of blocks) {
    if (
      current.length >= maxBlocks ||
      (current.length > 0 && chars + (block.end - block.start) > maxChars)
    ) {
      flush();
    }
    current.push(block);
    chars += block.end - block.start;
  }
  flush();
  return chunks;
}

/** The index of the chunk holding a UTF-16 offset (the last one starting at or before it). */
export function chunkAt(chunks: readonly Chunk[], offset: number): number {
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
export function chunksCovering(chunks: readonly Chunk[], start: number, end: number): number[] {
  const first = chunkAt(chunks, start);
  const last = chunkAt(chunks, Math.max(start, end - 1));
  const result: number[] = [];
  for (let i = first; i <= last; i++) result.push(i);
  return result;
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
  for (const block of chunk.blocks) {
    lines += Math.max(1, Math.ceil((block.end - block.start) / model.charsPerLine));
  }
  return Math.round(lines * model.lineHeight + chunk.blocks.length * model.blockGap);
}

/**
 * What a chunk's drawing depends on besides its text: the codings on its segments and margin,
 * their colours and which are active. A chunk is redrawn only when this changes, so coding in
 * one place does not redraw the whole transcript.
 */
export function chunkSignature(
  chunk: Chunk,
  describe: (codingId: string) => string,
  isActive: (codingId: string) => boolean,
): string {
  const ids = new Set<string>();
  const parts: string[] = [];
  for (const block of chunk.blocks) {
    parts.push(`${block.start}:${block.codingIds.join(',')}`);
    for (const segment of block.segments) {
      if (segment.codingIds.length > 0)
        parts.push(`${segment.start}-${segment.end}=${segment.codingIds.join(',')}`);
    }
    for (const id of block.codingIds) ids.add(id);
  }
  for (const id of ids) parts.push(`${id}${isActive(id) ? '*' : ''}${describe(id)}`);
  return parts.join('|');
}
