import {
  memo,
  useCallback,
  useImperativeHandle,
  useMemo,
  type CSSProperties,
  type MouseEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { chunkLines, chunkSignature, codingsByChunk } from './transcript-chunks';
import { layoutLines, speakerColumn } from './transcript-layout';
import { TranscriptChunk, type TranscriptCoding } from './TranscriptChunk';
import { useChunkWindow } from './use-chunk-window';

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
  /** UTF-16 [start, end) kept drawn wherever the user scrolls (the text about to be coded). */
  keep?: { start: number; end: number } | null;
}

const nothingKept: readonly number[] = [];

/**
 * The readable transcript: speaker turns with the label in a margin column, coded text tinted
 * in its themes' colours, and stripes per coding beside each paragraph. Long texts are drawn in
 * chunks, only those near the visible part (see useChunkWindow); a chunk is laid out again only
 * when its own codings change. Memoised: re-rendering spans under a live selection would break
 * that selection.
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
  keep,
}: TranscriptProps) {
  const { t } = useTranslation();
  const lines = useMemo(() => layoutLines(text), [text]);
  const chunks = useMemo(() => chunkLines(lines), [lines]);
  const speakers = useMemo(() => speakerColumn(lines), [lines]);
  const byChunk = useMemo(() => codingsByChunk(chunks, codings), [chunks, codings]);
  const kept = useMemo(() => (keep ? [keep.start, keep.end] : nothingKept), [keep]);
  const { drawn, heightOf, reveal } = useChunkWindow(chunks, containerRef, kept);

  useImperativeHandle(controlRef, () => ({ reveal }), [reveal]);

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
      {chunks.map((chunk) => {
        if (!drawn.has(chunk.index)) {
          return (
            <div
              key={chunk.index}
              className="chunk-placeholder"
              data-placeholder={chunk.index}
              style={{ height: heightOf(chunk) }}
            />
          );
        }
        const own = byChunk[chunk.index] ?? [];
        return (
          <TranscriptChunk
            key={chunk.index}
            chunk={chunk}
            text={text}
            codings={own}
            activeIds={activeIds}
            signature={chunkSignature(own, isActive)}
            onStripe={onStripe}
          />
        );
      })}
    </div>
  );
});
