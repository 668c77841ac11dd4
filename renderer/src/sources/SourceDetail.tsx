import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coding, Source, Valence } from '../../../shared/model/entities';
import { TextOffsets } from '../../../shared/model/text-offsets';
import { flattenThemes } from '../codebook/theme-tree';
import { ActiveCodings } from '../coding/ActiveCodings';
import { CodingForm } from '../coding/CodingForm';
import { CodingList } from '../coding/CodingList';
import { codingsOf, toTranscriptCodings } from '../coding/coding-model';
import { Banner } from '../components/Banner';
import { useErrorText } from '../i18n/use-lang';
import { run, useProjectData } from '../state/project-store';
import { openSource } from '../state/ui-store';
import { rangeOfOffsets } from '../transcript/selection-offsets';
import { Transcript } from '../transcript/Transcript';
import { useKeyboardSelection } from '../transcript/use-keyboard-selection';
import { usePendingHighlight } from '../transcript/use-pending-highlight';
import { useTranscriptSelection, type TextRange } from '../transcript/use-transcript-selection';
import { SourceHeading } from './SourceHeading';
import { useSourceText } from './source-texts';

const none: ReadonlySet<string> = new Set();

/** One source: the transcript to read and select in, and the coding panel beside it. */
export function SourceDetail({ source }: { source: Source }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const data = useProjectData();
  const { text, error } = useSourceText(source.id);
  const containerRef = useRef<HTMLDivElement>(null);
  const caretRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [pending, setPending] = useState<TextRange | null>(null);
  const [activeIds, setActiveIds] = useState<ReadonlySet<string>>(none);

  const onSelection = useCallback((range: TextRange | null) => {
    setPending(range);
    if (range) setActiveIds(none);
  }, []);
  useTranscriptSelection(containerRef, onSelection);
  useKeyboardSelection(containerRef, caretRef, text === undefined ? null : source.id);
  usePendingHighlight(containerRef, pending);

  const offsets = useMemo(() => (text === undefined ? null : new TextOffsets(text)), [text]);
  const themeById = useMemo(() => new Map(data.themes.map((th) => [th.id, th])), [data.themes]);
  const themeRows = useMemo(() => flattenThemes(data.themes), [data.themes]);
  const codings = useMemo(() => codingsOf(data.codings, source.id), [data.codings, source.id]);
  const drawn = useMemo(
    () => (offsets ? toTranscriptCodings(codings, offsets, themeById) : []),
    [codings, offsets, themeById],
  );
  const active = codings.filter((c) => activeIds.has(c.id));

  const clearSelection = useCallback(() => {
    const selection = document.getSelection();
    const container = containerRef.current;
    if (selection?.anchorNode && container?.contains(selection.anchorNode)) {
      selection.removeAllRanges();
    }
    setPending(null);
  }, []);

  const code = async (themeIds: string[], valence: Valence, memo: string) => {
    if (!pending || !offsets) return false;
    const mutation = await run('codings.add', {
      sourceId: source.id,
      start: offsets.toCodePoint(pending.start),
      end: offsets.toCodePoint(pending.end),
      themeIds,
      valence,
      memo,
    });
    if (!mutation) return false;
    clearSelection();
    containerRef.current?.focus({ preventScroll: true });
    return true;
  };

  const showCoding = (coding: Coding) => {
    clearSelection();
    setActiveIds(new Set([coding.id]));
    const container = containerRef.current;
    if (!container || !offsets) return;
    const range = rangeOfOffsets(
      container,
      offsets.toUtf16(coding.start),
      offsets.toUtf16(coding.end),
    );
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  // Escape lets go of the selection first, then of the shown codings.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== 'Escape' ||
        event.defaultPrevented ||
        document.querySelector('dialog[open]')
      ) {
        return;
      }
      if (pending) clearSelection();
      else if (activeIds.size > 0) setActiveIds(none);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [pending, activeIds, clearSelection]);

  const onPick = useCallback((ids: string[]) => setActiveIds(ids.length ? new Set(ids) : none), []);

  return (
    <section className="view view-source" aria-labelledby="source-heading">
      <button type="button" className="button-quiet back-link" onClick={() => openSource(null)}>
        <span aria-hidden="true">← </span>
        {t('sources.back')}
      </button>
      <SourceHeading source={source} headingId="source-heading" />
      <div className="source-layout">
        <div className="transcript-column">
          {error && <Banner tone="error">{errorText(error)}</Banner>}
          {text === undefined && !error && (
            <p className="muted" role="status">
              {t('transcript.loading')}
            </p>
          )}
          {text !== undefined && (
            <>
              <p className="hint transcript-hint" id={hintId}>
                {t('transcript.keyboardHint')}
              </p>
              <div className="transcript-frame">
                <Transcript
                  text={text}
                  title={source.title}
                  lang={data.project.language}
                  codings={drawn}
                  activeIds={activeIds}
                  containerRef={containerRef}
                  hintId={hintId}
                  onPick={onPick}
                />
                <div ref={caretRef} className="fake-caret" hidden aria-hidden="true" />
              </div>
            </>
          )}
        </div>
        <aside className="coding-panel" aria-label={t('coding.panel')}>
          {active.length > 0 ? (
            <ActiveCodings
              codings={active}
              themeById={themeById}
              onClose={() => setActiveIds(none)}
            />
          ) : pending && text !== undefined ? (
            <CodingForm
              selectedText={text.slice(pending.start, pending.end)}
              themes={themeRows}
              onCode={code}
              onClearSelection={clearSelection}
            />
          ) : (
            <p className="hint panel-hint">{t('coding.noSelection')}</p>
          )}
          <CodingList
            codings={codings}
            themeById={themeById}
            activeIds={activeIds}
            onShow={showCoding}
          />
        </aside>
      </div>
    </section>
  );
}
