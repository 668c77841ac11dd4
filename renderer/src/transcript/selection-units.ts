import type { TextUnit, TextUnits } from '../../../shared/analysis/text-units';
import type { TextRange } from './use-transcript-selection';

/**
 * The shared coding units applied to a selection in the transcript, which the DOM gives in
 * UTF-16 indexes: converted to code points and back at this edge.
 */

function toSpan(units: TextUnits, range: TextRange) {
  return {
    start: units.offsets.toCodePoint(range.start),
    end: units.offsets.toCodePoint(range.end),
  };
}

function toRange(units: TextUnits, span: { start: number; end: number }): TextRange {
  return { start: units.offsets.toUtf16(span.start), end: units.offsets.toUtf16(span.end) };
}

/** A selection without speaker labels or white space at its edges; null if nothing is left. */
export function clampSelection(units: TextUnits, range: TextRange): TextRange | null {
  const span = units.clamp(toSpan(units, range));
  return span ? toRange(units, span) : null;
}

/** The selection grown to a unit; null where that adds nothing (it already covers it). */
export function selectionAsUnit(
  units: TextUnits,
  range: TextRange,
  unit: TextUnit,
): TextRange | null {
  const span = toSpan(units, range);
  const grown = units.expand(span, unit);
  if (!grown || (grown.start >= span.start && grown.end <= span.end)) return null;
  return toRange(units, grown);
}

/** The next larger unit around the selection (sentence, paragraph, turn), or null. */
export function grownSelection(
  units: TextUnits,
  range: TextRange,
): { unit: TextUnit; range: TextRange } | null {
  const grown = units.grow(toSpan(units, range));
  return grown ? { unit: grown.unit, range: toRange(units, grown.span) } : null;
}
