import { drafts } from './drafts';
import { observable } from './observable';

/** What the user was about to do to the open project. */
export type LeaveAction = 'close' | 'open';

/** The question asked before typed text that cannot be saved would be left behind. */
export interface LeaveQuestion {
  action: LeaveAction;
  /** Places with typed text not on disk. */
  texts: number;
  answer(leave: boolean): void;
}

/** The question being asked now, if any (the app shows it as a dialog). */
export const leaveQuestionStore = observable<LeaveQuestion | null>(null);

/**
 * Before the open project closes or another one opens: saves what can be saved, then, if typed
 * text is still not on disk (a blank required field, a failed save, a form not sent), asks
 * whether to go on without it. Resolves true to go on, false to stay.
 */
export async function mayLeaveProject(action: LeaveAction): Promise<boolean> {
  await drafts.flushAll();
  if (!drafts.hasUnsaved()) return true;
  const { pending, held } = drafts.summary.get();
  return new Promise<boolean>((resolve) => {
    leaveQuestionStore.set({
      action,
      texts: pending + held,
      answer: (leave) => {
        leaveQuestionStore.set(null);
        resolve(leave);
      },
    });
  });
}
