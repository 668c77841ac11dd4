import type { svDrafts } from './sv-drafts';
import type { Shape } from './sv';

/** English messages about typed text that is not on disk yet (see `sv-drafts.ts`). */
export const enDrafts: Shape<typeof svDrafts> = {
  drafts: {
    unsaved: 'Unsaved changes',
    unsavedTitle:
      'Text you typed is not on disk yet: a field that cannot be saved as it is, or an open dialog.',
    savedAsYouType: 'Saved as you type. Undo takes it back.',
    required: 'Not saved: this field cannot be empty.',
    failed: 'Not saved yet. Fynd tries again when you type on or leave the field.',
    restore: 'Restore the saved text',
    done: 'Done',
    discardTitle: 'Discard the text you typed?',
    discardBody: 'What you typed here has not been saved and is lost if you close.',
    keepEditing: 'Keep editing',
    discard: 'Discard',
  },
};
