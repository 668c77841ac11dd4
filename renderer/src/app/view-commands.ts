import type { MenuCommand } from '../../../shared/bridge';
import { views, type View } from '../state/ui-store';

/** The menu command that shows each view (the native menu lists all of them). */
export const commandOfView = {
  sources: 'showSources',
  codebook: 'showCodebook',
  cases: 'showCases',
  analysis: 'showAnalysis',
  findings: 'showFindings',
  reports: 'showReports',
  quotes: 'showQuotes',
  search: 'showSearch',
} as const satisfies Record<View, MenuCommand>;

/** The view a menu command shows, or null when it does something else. */
export function viewOfCommand(command: MenuCommand): View | null {
  return views.find((view) => commandOfView[view] === command) ?? null;
}

/**
 * The command of Ctrl/Cmd + a digit: the digit is the view's place in the navigation, so the
 * numbers the NavBar shows and the keys cannot drift apart.
 */
export function viewCommandOfDigit(digit: string): MenuCommand | null {
  const view = /^[1-9]$/.test(digit) ? views[Number(digit) - 1] : undefined;
  return view ? commandOfView[view] : null;
}
