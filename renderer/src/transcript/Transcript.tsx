import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  chunkBlocks,
  chunkSignature,
  chunksCovering,
  estimateHeight,
  type HeightModel,
} from './transcript-chunks';
import { layoutLines, overlayCodings, speakerColumn } from './transcript-layout';
import { TranscriptChunk, type TranscriptCoding } from './TranscriptChunk';

export type { TranscriptCoding } from './TranscriptChunk';

/** What a parent can ask of the transcript beyond its props. */
export interface TranscriptControl {
  /** Draws the chunks holding UTF-16 [start, end); resolves once their spans are in the page. */
  reveal(start: number, end: number): Promise<void>;
}

interface TranscriptProps {
  text: string;
  title: string;
  /** The language the text is written in (the project's), for screen readers. */
  lang: string;
  codings: readonly TranscriptCoding[];
  activeIds: ReadonlySet<string>;
  containerRef: RefObject<HTMLDivElement | null>;
  controlRef: RefObject<TranscriptControl | null>;
  hintId: string;
  /** A click (not a drag) on coded text, with the codings under it; [] on uncoded text. */
  onPick: (codingIds: string[]) => void;
}

// How far beyond the visible part chunks are drawn, so scrolling and selecting never meet a gap.
const MARGIN = '1600px 0px';
const heights: HeightModel = { charsPerLine: 72, lineHeight: 27, blockGap: 14 };

/**
 * The readable transcript: speaker turns with the label in a margin column, coded text tinted
 * in its themes' colours, and stripes per coding beside each paragraph. Long texts are drawn in
 * chunks as they come near the view (and stay drawn, so a live selection is never cut off).
 * Memoised: re-rendering spans under a live selection would break that selection.
 */
export const Transcript = memo(function Transcript({
  text,
  title,
  lang,
  codings,
  activeIds,
  containerRef,
  controlRef,
  hintId,
  onPick,
}: TranscriptProps) {
  const { t } = useTranslation();
  const lines = useMemo(() => layoutLines(text), [text]);
  const blocks = useMemo(() => overlayCodings(lines, codings), [lines, codings]);
  const chunks = useMemo(() => chunkBlocks(blocks), [blocks]);
  const speakers = useMemo(() => speakerColumn(lines), [lines]);
  const byId = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);
  // Chunks drawn so far; the first ones at once, so the top of the text appears immediately.
  const [drawn, setDrawn] = useState<ReadonlySet<number>>(() => new Set([0, 1]));
  // Placeholder heights are scaled by how tall the first drawn chunk turned out to be.
  const [scale, setScale] = useState(1);

  const draw = useCallback((indexes: readonly number[]) => {
    setDrawn((current) => {
      if (indexes.every((i) => current.has(i))) return current;
      return new Set([...current, ...indexes]);
    });
  }, []);

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

  useImperativeHandle(
    controlRef,
    () => ({
      reveal(start, end) {
        // With a neighbour on each side, so little is drawn (and shifts) around it afterwards.
        const covering = chunksCovering(chunks, start, end);
        const first = covering[0] ?? 0;
        const last = covering.at(-1) ?? first;
        const need = [first - 1, ...covering, last + 1].filter((i) => i >= 0 && i < chunks.length);
        if (need.every((i) => drawnNow.current.has(i))) return Promise.resolve();
        return new Promise<void>((resolve) => {
          waiting.current.push({ need, resolve });
          draw(need);
        });
      },
    }),
    [chunks, draw],
  );

  // Once per text: reading a height forces a layout, which a coding round trip should not pay.
  const measured = useRef(false);
  useLayoutEffect(() => {
    const first = chunks[0];
    const element = containerRef.current?.querySelector<HTMLElement>('[data-chunk="0"]');
    if (measured.current || !first || !element || chunks.length < 3) return;
    measured.current = true;
    const ratio = element.offsetHeight / Math.max(1, estimateHeight(first, heights));
    if (ratio > 0.25 && ratio < 4) setScale(ratio);
  }, [chunks, containerRef]);

  // Placeholders that come within the margin of the scrolling area get drawn.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const root = container.closest('.transcript-column');
    const observer = new IntersectionObserver(
      (entries) => {
        const seen = entries
          .filter((entry) => entry.isIntersecting)
          .map((entry) => Number((entry.target as HTMLElement).dataset.placeholder));
        if (seen.length > 0) draw(seen);
      },
      { root, rootMargin: MARGIN },
    );
    for (const element of container.querySelectorAll('[data-placeholder]'))
      observer.observe(element);
    return () => observer.disconnect();
  }, [containerRef, drawn, chunks, draw]);

  const describe = useCallback(
    (id: string) => {
      const coding = byId.get(id);
      return coding ? `${coding.start}-${coding.end}${coding.colours.join('')}${coding.label}` : '';
    },
    [byId],
  );
  const isActive = useCallback((id: string) => activeIds.has(id), [activeIds]);
  const onStripe = useCallback((id: string) => onPick([id]), [onPick]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!window.getSelection()?.isCollapsed) return;
    const coded = (event.target as Element).closest<HTMLElement>('[data-codings]');
    onPick(coded?.dataset.codings?.split(' ') ?? []);
  };

  return (
    <div
      ref={containerRef}
      className={speakers.above ? 'transcript speakers-above' : 'transcript'}
      style={{ '--speaker-chars': Math.max(2, speakers.chars) } as CSSProperties}
      data-testid="transcript"
      lang={lang}
      role="region"
      aria-label={t('transcript.label', { title })}
      aria-describedby={hintId}
      tabIndex={0}
      onClick={onClick}
    >
      {chunks.map((chunk) =>
        drawn.has(chunk.index) ? (
          <TranscriptChunk
            key={chunk.index}
            chunk={chunk}
            text={text}
            byId={byId}
            activeIds={activeIds}
            signature={chunkSignature(chunk, describe, isActive)}
            onStripe={onStripe}
          />
        ) : (
          <div
            key={chunk.index}
            className="chunk-placeholder"
            data-placeholder={chunk.index}
            style={{ height: Math.round(estimateHeight(chunk, heights) * scale) }}
          />
        ),
      )}
    </div>
  );
});
