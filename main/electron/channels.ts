/** The two IPC channels between main and the preload; nothing else crosses the bridge. */
export const INVOKE_CHANNEL = 'fynd:invoke';
export const MENU_CHANNEL = 'fynd:menu';
