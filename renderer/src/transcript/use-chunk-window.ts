import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import {
  ChunkHeights,
  chunksCovering,
  keptChunks,
  type Chunk,
  type HeightModel,
} from './transcript-chunks';

// How far beyond the visible part chunks are drawn, so scrolling and selecting never meet a gap.
const MARGIN = '1600px 0px';
const heights: HeightModel = { charsPerLine: 72, lineHeight: 27, blockGap: 14 };

export interface ChunkWindow {
  /** The chunks drawn as text now. */
  drawn: ReadonlySet<number>;
  /** A placeholder's height: as tall as the chunk was when drawn, else an estimate. */
  heightOf: (chunk: Chunk) => number;
  /** Draws the chunks holding UTF-16 [start, end); resolves once their spans are in the page. */
  reveal: (start: number, end: number) => Promise<void>;
}

/**
 * Which chunks of a transcript are drawn: those within a margin of the visible part of its
 * scrolling area, and no others, so a long text costs what a screenful costs. A chunk holding
 * an end of the live selection or of `keep` (UTF-16 offsets: the text about to be coded) stays
 * drawn wherever the user scrolls. A chunk leaving the window leaves a placeholder as tall as it
 * was, so nothing moves.
 */
export function useChunkWindow(
  chunks: readonly Chunk[],
  containerRef: RefObject<HTMLElement | null>,
  keep: readonly number[],
): ChunkWindow {
  // The first chunks at once, so the top of the text appears immediately; all again for a new text.
  const [state, setState] = useState(() => ({ chunks, drawn: firstChunks() }));
  if (state.chunks !== chunks) setState({ chunks, drawn: firstChunks() });
  const drawn = state.chunks === chunks ? state.drawn : firstChunks();
  // Heights of chunks as they were drawn, and how the estimate compares; learnt per text.
  const measured = useMemo(() => new ChunkHeights(heights, chunks.length), [chunks]);
  const keepRef = useRef(keep);
  useLayoutEffect(() => {
    keepRef.current = keep;
  }, [keep]);

  const update = useCallback(
    (near: readonly number[], far: readonly number[]) => {
      setState((current) => {
        if (current.chunks !== chunks) return current;
        const pinned = keptChunks(chunks, selectionChunks(), keepRef.current);
        const next = new Set(current.drawn);
        for (const i of near) next.add(i);
        for (const i of far) if (!pinned.has(i)) next.delete(i);
        const same =
          next.size === current.drawn.size && [...next].every((i) => current.drawn.has(i));
        return same ? current : { chunks, drawn: next };
      });
    },
    [chunks],
  );

  // Reveals waiting for their chunks to be drawn, settled right after the drawing commits.
  const drawnNow = useRef(drawn);
  const waiting = useRef<{ need: number[]; resolve: () => void }[]>([]);
  useLayoutEffect(() => {
    drawnNow.current = drawn;
    waiting.current = waiting.current.filter((wait) => {
      if (!wait.need.every((i) => drawn.has(i))) return true;
      wait.resolve();
      return false;
    });
  }, [drawn]);

  const reveal = useCallback(
    (start: number, end: number) => {
      // With a neighbour on each side, so little is drawn (and shifts) around it afterwards.
      const covering = chunksCovering(chunks, start, end);
      const first = covering[0] ?? 0;
      const last = covering.at(-1) ?? first;
      const need = [first - 1, ...covering, last + 1].filter((i) => i >= 0 && i < chunks.length);
      if (need.every((i) => drawnNow.current.has(i))) return Promise.resolve();
      return new Promise<void>((resolve) => {
        waiting.current.push({ need, resolve });
        update(need, []);
      });
    },
    [chunks, update],
  );

  // Once per text: reading a height forces a layout, which a coding round trip should not pay.
  useLayoutEffect(() => {
    const first = chunks[0];
    const element = containerRef.current?.querySelector<HTMLElement>('[data-chunk="0"]');
    if (measured.measured || !first || !element || chunks.length < 3) return;
    measured.record(first, element.offsetHeight);
  }, [chunks, containerRef, measured]);

  // Chunks and placeholders that come within the margin get drawn; drawn ones beyond it go.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const root = container.closest('.transcript-column');
    const observer = new IntersectionObserver(
      (entries) => {
        const near: number[] = [];
        const far: number[] = [];
        for (const entry of entries) {
          const element = entry.target as HTMLElement;
          const index = Number(element.dataset.chunk ?? element.dataset.placeholder);
          const chunk = chunks[index];
          if (chunk && element.dataset.chunk !== undefined) {
            measured.record(chunk, entry.boundingClientRect.height);
          }
          (entry.isIntersecting ? near : far).push(index);
        }
        update(near, far);
      },
      { root, rootMargin: MARGIN },
    );
    for (const element of container.querySelectorAll('[data-chunk], [data-placeholder]')) {
      observer.observe(element);
    }
    return () => observer.disconnect();
  }, [containerRef, chunks, drawn, update, measured]);

  const heightOf = useCallback((chunk: Chunk) => measured.heightOf(chunk), [measured]);

  return { drawn, heightOf, reveal };
}

function firstChunks(): ReadonlySet<number> {
  return new Set([0, 1]);
}

/** The chunks holding the live selection's ends, if they lie in a transcript. */
function selectionChunks(): number[] {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return [];
  const indexes: number[] = [];
  for (const node of [selection.anchorNode, selection.focusNode]) {
    const element = node instanceof Element ? node : node?.parentElement;
    const chunk = element?.closest<HTMLElement>('.transcript [data-chunk]');
    if (chunk) indexes.push(Number(chunk.dataset.chunk));
  }
  return indexes;
}
