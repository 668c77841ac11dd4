import type { Shape } from './sv';
import type { svStart } from './sv-start';

/** English messages of the recent list, the demo copies and the connection to Fynd's host. */
export const enStart: Shape<typeof svStart> = {
  recentList: {
    folderMissing: 'The folder no longer exists: {{dir}}',
    projectMissing: 'The folder no longer holds a project: {{dir}}',
    forget: 'Remove from list',
    forgetHint: 'Only the line in the list goes; no files are touched.',
  },
  demoCopy: {
    startOver: 'Start the demo over…',
    title: 'Start the demo project over?',
    body: 'Fynd writes a new, untouched copy of the demo project and opens it.',
    kept: 'Your current copy, with all your changes, stays in its folder and in Recent projects:',
    confirm: 'Start over',
    openFailed:
      'Your copy of the demo project could not be opened. It is left untouched in {{dir}}.',
    openFailedHelp:
      'You can also start the demo over: Fynd then writes a new copy beside it, and this one stays.',
  },
  connection: {
    lost: 'The connection to Fynd was lost',
    onDisk: 'Every edit marked “Saved” is on disk.',
    restartWeb:
      'Start Fynd again with <code>{{command}}</code> in a terminal. It opens in a new window, and you can close this one.',
    restartApp: 'Start Fynd again to continue.',
    unconfirmed: 'Your last change was not confirmed. Check it once Fynd runs again.',
    back: 'Fynd answers again.',
    backHelp: 'Reload the page to carry on where you were.',
    reload: 'Reload the page',
    status: 'Not connected',
  },
};
