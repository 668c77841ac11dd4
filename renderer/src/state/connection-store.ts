import { api } from '../api/api-client';
import { observable, useObservable } from './observable';

/**
 * Whether Fynd's host still answers: 'lost' once the devhost has stopped (the browser fallback),
 * 'restored' when it answers again. Electron's host is the window's own process: it stays
 * 'connected'.
 */
export type Connection = 'connected' | 'lost' | 'restored';

export const connectionStore = observable<Connection>('connected');

/** Follows the host's connection from now on; returns the function that stops following. */
export function watchConnection(): () => void {
  return api.onConnectionChange((change) =>
    connectionStore.set(change === 'lost' ? 'lost' : 'restored'),
  );
}

/** The connection in React. */
export function useConnection(): Connection {
  return useObservable(connectionStore);
}
