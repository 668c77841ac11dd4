import type { Envelope } from './contract';

/** Commands the native menu (or its keyboard shortcuts) sends to the renderer. */
export const menuCommands = [
  'newProject',
  'openProject',
  'openDemo',
  'startDemoOver',
  'importProject',
  'mergeCopy',
  'closeProject',
  'exportQdpx',
  'exportQdc',
  'importCodebook',
  'undo',
  'redo',
  'find',
  'print',
  'showSources',
  'showCodebook',
  'showCases',
  'showAnalysis',
  'showFindings',
  'showReports',
  'showQuotes',
  'showSearch',
  'languageSv',
  'languageEn',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** Whether a value is one of the menu commands. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** What a bridge learns about its host: it stopped answering, or answers again. */
export type ConnectionChange = 'lost' | 'restored';

/**
 * What the preload exposes as `window.fynd` in Electron; the browser fallback builds the same
 * shape over HTTP. The renderer types every call through the contract on top of this.
 */
export interface FyndBridge {
  invoke(name: string, payload: unknown): Promise<Envelope>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Subscribes to main's events (shared/host-events.ts); returns the unsubscribe function. The
   * bridge passes them on as they came: the renderer's client validates each one.
   */
  onHostEvent(listener: (event: unknown) => void): () => void;
  /**
   * Subscribes to changes of the connection to the host; returns the unsubscribe function. Only
   * the browser fallback can lose its host (the devhost is a separate process), so Electron's
   * preload leaves this out.
   */
  onConnectionChange?(listener: (change: ConnectionChange) => void): () => void;
}

/** The devhost's API route, its event stream, and the header carrying its per-run token. */
export const DEVHOST_API_PATH = '/api/call';
export const DEVHOST_EVENTS_PATH = '/api/events';
export const DEVHOST_TOKEN_HEADER = 'x-fynd-token';
/** Where the browser trades the one-time launch code for the session cookie. */
export const DEVHOST_SESSION_PATH = '/session';
