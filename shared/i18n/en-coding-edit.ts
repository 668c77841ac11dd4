import type { Shape } from './sv';
import type { svCodingEdit } from './sv-coding-edit';

/** English messages of editing a coding in the coding panel (see sv-coding-edit.ts). */
export const enCodingEdit: Shape<typeof svCodingEdit> = {
  codingEdit: {
    edit: 'Edit',
    adjust: 'Adjust bounds',
    formLabel: 'Edit the coding',
    needTheme: 'A coding needs at least one theme.',
    adjustHeading: 'Adjust bounds',
    adjustHint:
      'Select the new text in the transcript with the mouse, or grow and shrink the selection with Shift + arrows. Save when the selection is right.',
    before: 'Now',
    after: 'New selection',
    noSelection: 'No text selected.',
    saveBounds: 'Save new bounds',
  },
};
