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
    leaveTitle_close: 'Close the project with unsaved text?',
    leaveTitle_open: 'Switch projects with unsaved text?',
    leaveBody_one:
      'Text you typed in {{count}} place is not on disk: a field that cannot be saved as it is (such as an empty required field), a save that failed or a form you have not sent. It is lost if you go on.',
    leaveBody_other:
      'Text you typed in {{count}} places is not on disk: fields that cannot be saved as they are (such as an empty required field), saves that failed or forms you have not sent. It is lost if you go on.',
    leave_close: 'Close without the text',
    leave_open: 'Switch without the text',
  },
};
