import type { Shape } from './sv';
import type { svRetrieval } from './sv-retrieval';

/** English messages of reading quotes closely (see sv-retrieval.ts). */
export const enRetrieval: Shape<typeof svRetrieval> = {
  coPlaces: {
    and: 'and',
    open: '{{a}} and {{b}}, {{times}} times. Show the places.',
    loading: 'Fetching the places…',
    paragraph_one: '{{figure}} place where the themes are coded in the same paragraph',
    paragraph_other: '{{figure}} places where the themes are coded in the same paragraph',
    overlap_one: '{{figure}} place where the codings overlap',
    overlap_other: '{{figure}} places where the codings overlap',
    hint: 'Choose a count to read the places where the themes meet.',
  },
  quoteCopy: {
    copy: 'Copy with source',
    copyOf: 'Copy the quote “{{snippet}}” with its source',
    copied: 'The quote was copied with its source.',
    failed:
      'The quote could not be copied: the browser did not allow the clipboard. Select the text and copy it with Ctrl+C.',
  },
};
