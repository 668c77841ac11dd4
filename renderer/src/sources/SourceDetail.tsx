import '../styles/transcript-marks.css';
import { CoderPick } from '../components/CoderPick';
import { useCoderNames, useSourceCodings } from '../state/source-codings';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextUnits, type TextUnit } from '../../../shared/analysis/text-units';
import type { Coding, Source, Valence } from '../../../shared/model/entities';
import { themeTree } from '../../../shared/model/theme-tree';
import { codingsOf, toTranscriptCodings } from '../coding/coding-model';
import { CodingList } from '../coding/CodingList';
import { Banner } from '../components/Banner';
import { useErrorText } from '../i18n/use-lang';
import { run, useProjectData } from '../state/project-store';
import { openSource, useUi } from '../state/ui-store';
import { rangeOfOffsets } from '../transcript/selection-offsets';
import { clampSelection, grownSelection, selectionAsUnit } from '../transcript/selection-units';
import { Transcript, type TranscriptControl } from '../transcript/Transcript';
import { useKeyboardSelection } from '../transcript/use-keyboard-selection';
import { usePendingHighlight } from '../transcript/use-pending-highlight';
import { scrollToRange, useSourceFocus } from '../transcript/use-source-focus';
import { useTranscriptSelection, type TextRange } from '../transcript/use-transcript-selection';
import { CodingPanel } from './CodingPanel';
import { SourceHeading } from './SourceHeading';
import { useSourceText } from './source-texts';

const none: ReadonlySet<string> = new Set();

/** One source: the transcript to read and select in, and the coding panel beside it. */
export function SourceDetail({ source }: { source: Source }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const data = useProjectData();
  const { focus } = useUi();
  const { text: fetched, error } = useSourceText(source.id);
  const sourceIds = useMemo(() => [source.id], [source.id]);
  const held = useSourceCodings(sourceIds);
  // The text shows with its codings, never bare first (the hooks below attach once it is drawn).
  const text = held === null ? undefined : fetched;
  const containerRef = useRef<HTMLDivElement>(null);
  const controlRef = useRef<TranscriptControl>(null);
  const caretRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const hintId = useId();
  const [pending, setPending] = useState<TextRange | null>(null);
  const [activeIds, setActiveIds] = useState<ReadonlySet<string>>(none);
  // The coding whose bounds are being adjusted: selecting text then proposes new bounds.
  const [adjusting, setAdjusting] = useState<string | null>(null);

  const units = useMemo(() => (text === undefined ? null : new TextUnits(text)), [text]);
  const offsets = units?.offsets ?? null;
  const onSelection = useCallback(
    (range: TextRange | null) => {
      // What gets coded never starts or ends in a speaker label or white space.
      const clamped = range && units ? clampSelection(units, range) : range;
      setPending(clamped);
      if (clamped && !adjusting) setActiveIds(none);
    },
    [adjusting, units],
  );
  useTranscriptSelection(containerRef, onSelection);
  useKeyboardSelection(containerRef, caretRef, units);
  usePendingHighlight(containerRef, adjusting ? null : pending);

  const themeById = useMemo(() => new Map(data.themes.map((th) => [th.id, th])), [data.themes]);
  const themeRows = useMemo(() => themeTree(data.themes), [data.themes]);
  const codings = useMemo(() => codingsOf(held ?? [], source.id), [held, source.id]);
  // The coder filter narrows the highlights and the list (none ticked: everyone's).
  const [coderIds, setCoderIds] = useState<string[]>([]);
  const shown = useMemo(
    () => (coderIds.length ? codings.filter((c) => coderIds.includes(c.coderId)) : codings),
    [codings, coderIds],
  );
  const coderNames = useCoderNames();
  const drawn = useMemo(
    () => (offsets ? toTranscriptCodings(shown, offsets, themeById, coderNames) : []),
    [shown, offsets, themeById, coderNames],
  );

  const onCoding = useCallback((id: string) => setActiveIds(new Set([id])), []);
  useSourceFocus(focus, source.id, offsets, containerRef, controlRef, onCoding);

  const clearSelection = useCallback(() => {
    const selection = document.getSelection();
    const container = containerRef.current;
    if (selection?.anchorNode && container?.contains(selection.anchorNode)) {
      selection.removeAllRanges();
    }
    setPending(null);
  }, []);

  /** The DOM range of a coding, drawing its chunk first if it is far down a long text. */
  const rangeOf = useCallback(
    async (coding: Coding): Promise<Range | null> => {
      const container = containerRef.current;
      if (!container || !offsets) return null;
      const start = offsets.toUtf16(coding.start);
      const end = offsets.toUtf16(coding.end);
      await controlRef.current?.reveal(start, end);
      return rangeOfOffsets(container, start, end);
    },
    [offsets],
  );

  /** Selects a range in the transcript, drawing its chunks first; the selection follows. */
  const selectRange = useCallback(async (range: TextRange) => {
    const container = containerRef.current;
    await controlRef.current?.reveal(range.start, range.end);
    const dom = container && rangeOfOffsets(container, range.start, range.end);
    if (!dom) return;
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(dom);
    scrollToRange(dom);
  }, []);

  /** Grows the selection to a unit, or to the next larger one; answers the unit reached. */
  const extend = async (unit: TextUnit | null): Promise<TextUnit | null> => {
    if (!pending || !units) return null;
    const grown = unit
      ? { unit, range: selectionAsUnit(units, pending, unit) }
      : grownSelection(units, pending);
    if (!grown?.range) return null;
    await selectRange(grown.range);
    return grown.unit;
  };

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

  // Stable, so the (memoised) coding list is not redrawn while text is being selected.
  const showCoding = useCallback(
    (coding: Coding) => {
      clearSelection();
      setAdjusting(null);
      setActiveIds(new Set([coding.id]));
      void rangeOf(coding).then((range) => range && scrollToRange(range));
    },
    [clearSelection, rangeOf],
  );

  const startAdjusting = async (coding: Coding) => {
    setAdjusting(coding.id);
    const range = await rangeOf(coding);
    if (!range) return;
    // The coding's own text becomes the selection, ready to be dragged or extended by keyboard.
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    containerRef.current?.focus({ preventScroll: true });
    scrollToRange(range);
  };

  const stopAdjusting = useCallback(() => {
    setAdjusting(null);
    clearSelection();
  }, [clearSelection]);

  const saveBounds = async (coding: Coding) => {
    if (!pending || !offsets) return;
    const patch = {
      start: offsets.toCodePoint(pending.start),
      end: offsets.toCodePoint(pending.end),
    };
    if (await run('codings.update', { id: coding.id, patch })) {
      stopAdjusting();
      setActiveIds(new Set([coding.id]));
    }
  };

  // Escape lets go of the adjusting first, then the selection, then the shown codings.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== 'Escape' ||
        event.defaultPrevented ||
        document.querySelector('dialog[open]')
      )
        return;
      if (adjusting) stopAdjusting();
      else if (pending) clearSelection();
      else if (activeIds.size > 0) setActiveIds(none);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [pending, activeIds, adjusting, clearSelection, stopAdjusting]);

  // A new state of the panel (coding, looking at codings, adjusting) starts at its top.
  const mode = adjusting ? 'adjust' : activeIds.size > 0 ? 'active' : pending ? 'code' : 'idle';
  const shownMode = useRef(mode);
  useEffect(() => {
    // Not on first show: scrolling forces a layout that opening a long source should not wait for.
    if (shownMode.current === mode) return;
    shownMode.current = mode;
    panelRef.current?.scrollTo({ top: 0 });
  }, [mode]);

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
              <div className="transcript-filters">
                <CoderPick selected={coderIds} onChange={setCoderIds} />
              </div>
              <div className="transcript-frame">
                <Transcript
                  text={text}
                  title={source.title}
                  lang={data.project.language}
                  codings={drawn}
                  activeIds={activeIds}
                  containerRef={containerRef}
                  controlRef={controlRef}
                  hintId={hintId}
                  onPick={onPick}
                  keep={pending}
                />
                <div ref={caretRef} className="fake-caret" hidden aria-hidden="true" />
              </div>
            </>
          )}
        </div>
        <aside ref={panelRef} className="coding-panel" aria-label={t('coding.panel')}>
          <CodingPanel
            text={text}
            units={units}
            pending={pending}
            codings={codings}
            activeIds={activeIds}
            adjusting={adjusting}
            themeById={themeById}
            themeRows={themeRows}
            offsets={offsets}
            onCode={code}
            onExtend={extend}
            onClearSelection={clearSelection}
            onCloseActive={() => setActiveIds(none)}
            onAdjust={(coding) => void startAdjusting(coding)}
            onSaveBounds={saveBounds}
            onCancelAdjust={stopAdjusting}
          />
          <CodingList
            codings={shown}
            coderNames={coderNames}
            themeById={themeById}
            activeIds={activeIds}
            onShow={showCoding}
          />
        </aside>
      </div>
    </section>
  );
}
