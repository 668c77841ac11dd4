import type { FyndBridge } from '../../shared/bridge';

declare global {
  interface Window {
    /** The preload's bridge in Electron; absent in the browser fallback. */
    fynd: FyndBridge | undefined;
  }
}

export {};
