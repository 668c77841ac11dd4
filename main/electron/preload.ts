import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isMenuCommand, type FyndBridge, type MenuCommand } from '../../shared/bridge';
import type { Envelope } from '../../shared/contract';
import { EVENT_CHANNEL, INVOKE_CHANNEL, MENU_CHANNEL } from './channels';

/*
 * The sandboxed preload: bundled to one CommonJS file that requires nothing but 'electron'.
 * It exposes exactly one object, window.fynd, and never ipcRenderer itself: the page can make
 * contract calls and hear menu commands and main's events, nothing more.
 */

const bridge = {
  invoke: (name: string, payload: unknown): Promise<Envelope> =>
    ipcRenderer.invoke(INVOKE_CHANNEL, name, payload) as Promise<Envelope>,
  onMenuCommand: (listener: (command: MenuCommand) => void): (() => void) => {
    // The event object is not passed on: it carries the sender and would leak ipcRenderer.
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, relay);
    };
  },
  onHostEvent: (listener: (event: unknown) => void): (() => void) => {
    // Only the payload goes on; the renderer validates it (zod stays out of the preload).
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
} satisfies FyndBridge;

contextBridge.exposeInMainWorld('fynd', bridge);
