/** The three IPC channels between main and the preload; nothing else crosses the bridge. */
export const INVOKE_CHANNEL = 'fynd:invoke';
export const MENU_CHANNEL = 'fynd:menu';
/** Main → renderer events (shared/host-events.ts), e.g. the progress of an Excel export. */
export const EVENT_CHANNEL = 'fynd:event';
