import { FyndError } from '../../../shared/errors';
import { TextOffsets } from '../../../shared/model/text-offsets';

/** The snippet of a coding, checking its bounds against the stored text. */
export function snippetOf(text: string, start: number, end: number): string {
  const offsets = new TextOffsets(text);
  if (start < 0 || end <= start || end > offsets.codePointLength) {
    throw new FyndError('invalidRange', 'The selection lies outside the text.', {
      start,
      end,
      length: offsets.codePointLength,
    });
  }
  return offsets.slice(start, end);
}
