import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { MenuCommand } from '../../shared/bridge';
import type { Envelope } from '../../shared/contract';
import type { HostEvent } from '../../shared/host-events';
import { checkOutputFromEnv, dispatch, type Handlers } from '../handlers';
import { EVENT_CHANNEL, INVOKE_CHANNEL, MENU_CHANNEL } from './channels';
import { isTrustedSender } from './security';

/**
 * Binds the handler table to IPC, once: every contract call arrives on 'fynd:invoke' as
 * (name, payload) and is validated and run by `dispatch`, which answers with an envelope and
 * never throws. Calls from any frame but the app's own top-level page are refused unrun.
 * Returns the unbinding function.
 */
export function bindHandlers(handlers: Handlers, appIndexUrl: string): () => void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event: IpcMainInvokeEvent, name: unknown, payload: unknown): Promise<Envelope> => {
      if (!isFromAppPage(event, appIndexUrl)) {
        return {
          ok: false,
          error: { code: 'unauthorized', message: 'Caller is not the Fynd window.', params: {} },
        };
      }
      return dispatch(handlers, name, payload, checkOutputFromEnv());
    },
  );
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Whether a call comes from the app's own page in a top-level frame (not an iframe). */
function isFromAppPage(event: IpcMainInvokeEvent, appIndexUrl: string): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isTrustedSender(frame.url, appIndexUrl);
  } catch {
    // A frame disposed while its message was in flight throws on access: not trusted.
    return false;
  }
}

/** Sends a menu command to a window's renderer (which subscribed through window.fynd). */
export function sendMenuCommand(contents: WebContents, command: MenuCommand): void {
  if (!contents.isDestroyed()) contents.send(MENU_CHANNEL, command);
}

/** Sends one of main's events (already checked against HostEventSchema) to a window's renderer. */
export function sendHostEvent(contents: WebContents, event: HostEvent): void {
  if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}
