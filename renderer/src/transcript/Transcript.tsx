import { memo, useMemo, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { highlightStyle } from './highlight-style';
import { layoutTranscript, type CodedRange } from './transcript-layout';

export interface TranscriptCoding extends CodedRange {
  /** Colours of its themes, first theme first. */
  colours: readonly string[];
  /** Theme names, for the margin stripe's tooltip. */
  label: string;
}

interface TranscriptProps {
  text: string;
  title: string;
  /** The language the text is written in (the project's), for screen readers. */
  lang: string;
  codings: readonly TranscriptCoding[];
  activeIds: ReadonlySet<string>;
  containerRef: RefObject<HTMLDivElement | null>;
  hintId: string;
  /** A click (not a drag) on coded text, with the codings under it; [] on uncoded text. */
  onPick: (codingIds: string[]) => void;
}

/**
 * The readable transcript: speaker turns with the label in a margin column, coded text tinted
 * in its themes' colours, and one stripe per coding beside each block. Memoised: re-rendering
 * spans under a live selection would break that selection.
 */
export const Transcript = memo(function Transcript({
  text,
  title,
  lang,
  codings,
  activeIds,
  containerRef,
  hintId,
  onPick,
}: TranscriptProps) {
  const { t } = useTranslation();
  const blocks = useMemo(() => layoutTranscript(text, codings), [text, codings]);
  const byId = useMemo(() => new Map(codings.map((c) => [c.id, c])), [codings]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!window.getSelection()?.isCollapsed) return;
    const coded = (event.target as Element).closest<HTMLElement>('[data-codings]');
    onPick(coded?.dataset.codings?.split(' ') ?? []);
  };

  return (
    <div
      ref={containerRef}
      className="transcript"
      data-testid="transcript"
      lang={lang}
      role="region"
      aria-label={t('transcript.label', { title })}
      aria-describedby={hintId}
      tabIndex={0}
      onClick={onClick}
    >
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
                  style={coded ? highlightStyle(colours(segment.codingIds, byId)) : undefined}
                >
                  {text.slice(segment.start, segment.end)}
                </span>
              );
            })}
          </p>
          <div className="turn-stripes" aria-hidden="true">
            {block.codingIds.map((id) => {
              const coding = byId.get(id);
              return (
                <span
                  key={id}
                  className={activeIds.has(id) ? 'stripe is-active' : 'stripe'}
                  title={coding?.label}
                  style={{ backgroundColor: coding?.colours[0] }}
                  onClick={(event) => {
                    event.stopPropagation();
                    onPick([id]);
                  }}
                />
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
});

function colours(ids: readonly string[], byId: ReadonlyMap<string, TranscriptCoding>): string[] {
  return ids.map((id) => byId.get(id)?.colours[0] ?? '#888888');
}
