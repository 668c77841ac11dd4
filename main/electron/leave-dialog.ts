import type { MessageBoxOptions } from 'electron';
import type { ShellLabels } from './menu-labels';

/*
 * The pure part of asking before the window closes or reloads with unsaved text (the wiring is in
 * leave-guard.ts): the native question and what the shell does with each answer.
 */

export type LeaveAnswer = 'stay' | 'leave';
/** What the page was about to do when it asked to stay. */
export type Unload = 'close' | 'reload';

/** The native question: Stay first, the default and what Escape means, so the work is kept. */
export function leaveDialogOptions(labels: ShellLabels): MessageBoxOptions {
  return {
    type: 'warning',
    title: labels.leaveTitle,
    message: labels.leaveMessage,
    detail: labels.leaveDetail,
    buttons: [labels.stay, labels.leave],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** The answer for the button the user chose (its index in `buttons`). */
export function leaveAnswerOf(response: number): LeaveAnswer {
  return response === 1 ? 'leave' : 'stay';
}

export interface LeaveGuard {
  /** The window is about to close (its 'close' event comes before the page's beforeunload). */
  windowClosing(): void;
  /** A page load started: a permission to leave, if unused, ends here. */
  loadStarted(): void;
  /**
   * The page's beforeunload asked to stay ('will-prevent-unload'): 'allow' lets the unload go on
   * (the user already said Leave), 'ask' means ask now, 'ignore' that the question is already up.
   */
  pageAsksToStay(): 'allow' | 'ask' | 'ignore';
  /** The user answered: what to do again now that leaving is allowed, or null to stay. */
  answered(answer: LeaveAnswer): Unload | null;
}

/**
 * The question is asked without blocking main (a synchronous dialog would hold back the page's
 * last saves until it is answered), so the unload is first refused and, on Leave, done again
 * with permission.
 */
export function createLeaveGuard(): LeaveGuard {
  let closing = false;
  let asking = false;
  let allowed = false;
  let unload: Unload = 'reload';
  return {
    windowClosing() {
      closing = true;
    },
    loadStarted() {
      allowed = false;
      closing = false;
    },
    pageAsksToStay() {
      if (allowed) {
        allowed = false;
        return 'allow';
      }
      if (asking) return 'ignore';
      asking = true;
      unload = closing ? 'close' : 'reload';
      closing = false;
      return 'ask';
    },
    answered(answer) {
      asking = false;
      if (answer === 'stay') return null;
      allowed = true;
      return unload;
    },
  };
}
