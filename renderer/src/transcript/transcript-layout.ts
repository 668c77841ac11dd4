import { speakerLabel } from '../../../shared/analysis/speaker-labels';

/**
 * How a transcript is laid out for reading and coding: one block per non-empty line, a speaker
 * label split off where a line starts a turn (the shared rule: `speakerLabel`), and each block's
 * text cut into segments wherever a coding starts or ends. All offsets are UTF-16 indexes into
 * the full text, so each rendered span can carry its own start (data-offset) for mapping
 * selections.
 */

export interface CodedRange {
  id: string;
  /** UTF-16, end exclusive. */
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Codings covering the whole segment, in the order given. */
  codingIds: readonly string[];
}

export interface Block {
  start: number;
  end: number;
  speaker: { start: number; end: number } | null;
  segments: readonly Segment[];
  /** Codings touching this block (for the margin stripes). */
  codingIds: readonly string[];
}

/** A line of the text before codings are laid over it: its bounds and speaker label. */
export interface Line {
  start: number;
  end: number;
  speaker: { start: number; end: number } | null;
  /** Where the spoken text starts (after the label and its space). */
  bodyStart: number;
}

// Labels up to this long fit the margin column; a longer one puts every label above its text.
const MAX_MARGIN_LABEL = 16;

/**
 * How the speaker labels are drawn: the margin column as wide as the longest label (in
 * characters), or, when one is too long for a margin, each label on a line of its own. Either
 * way a label is never broken inside a word.
 */
export function speakerColumn(lines: readonly Line[]): { chars: number; above: boolean } {
  let chars = 0;
  for (const line of lines) {
    if (line.speaker) chars = Math.max(chars, line.speaker.end - line.speaker.start);
  }
  return { chars, above: chars > MAX_MARGIN_LABEL };
}

/** The text's non-empty lines with their speaker labels; depends on the text alone. */
export function layoutLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length > 0) lines.push(layoutLine(text, lineStart, lineEnd, line));
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return lines;
}

function layoutLine(text: string, start: number, end: number, line: string): Line {
  const labelLength = speakerLabel(line).length;
  let bodyStart = start;
  let speaker: Line['speaker'] = null;
  if (labelLength > 0) {
    speaker = { start, end: start + labelLength };
    bodyStart = start + labelLength;
    // The space after the colon belongs to neither label nor body.
    while (bodyStart < end && /[ \t]/.test(text[bodyStart] ?? '')) bodyStart++;
  }
  return { start, end, speaker, bodyStart };
}

/**
 * Lays codings over the lines: each block's segments and margin codings. One sweep over lines
 * and codings sorted by start, so a long text with many codings stays fast to redraw.
 */
export function overlayCodings(lines: readonly Line[], codings: readonly CodedRange[]): Block[] {
  const sorted = [...codings].sort((a, b) => a.start - b.start);
  const rank = new Map(codings.map((c, i) => [c.id, i]));
  const givenOrder = (a: CodedRange, b: CodedRange) =>
    (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0);
  let next = 0;
  let open: CodedRange[] = [];
  return lines.map((line) => {
    while (next < sorted.length && (sorted[next]?.start ?? Infinity) < line.end) {
      const coding = sorted[next++];
      if (coding) open.push(coding);
    }
    open = open.filter((c) => c.end > line.start);
    // Keep the order given (not start order) for colours and stripes.
    const touching = open.filter((c) => c.start < line.end).sort(givenOrder);
    return {
      start: line.start,
      end: line.end,
      speaker: line.speaker,
      segments: cutSegments(line.bodyStart, line.end, touching),
      codingIds: touching.map((c) => c.id),
    };
  });
}

/** Lays out a text with its codings (see the module comment). */
export function layoutTranscript(text: string, codings: readonly CodedRange[]): Block[] {
  return overlayCodings(layoutLines(text), codings);
}

/** Cuts [start, end) at every coding boundary inside it. */
export function cutSegments(start: number, end: number, codings: readonly CodedRange[]): Segment[] {
  if (end <= start) return [];
  const cuts = new Set<number>([start, end]);
  for (const c of codings) {
    if (c.start > start && c.start < end) cuts.add(c.start);
    if (c.end > start && c.end < end) cuts.add(c.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? start;
    const to = points[i + 1] ?? end;
    const codingIds = codings.filter((c) => c.start <= from && c.end >= to).map((c) => c.id);
    segments.push({ start: from, end: to, codingIds });
  }
  return segments;
}
