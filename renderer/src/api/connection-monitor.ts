import type { ConnectionChange } from '../../../shared/bridge';

/** Tells its listeners when the host stops answering and when it answers again. */
export interface ConnectionMonitor {
  /** What a call or the event stream just found: an answer (true) or none at all (false). */
  reachable(answered: boolean): void;
  subscribe(listener: (change: ConnectionChange) => void): () => void;
}

/**
 * Turns single findings into changes: 'lost' on the first call or stream that gets no answer,
 * 'restored' on the first answer after that; repeats of the same finding say nothing.
 */
export function connectionMonitor(): ConnectionMonitor {
  let lost = false;
  const listeners = new Set<(change: ConnectionChange) => void>();
  return {
    reachable(answered) {
      if (answered !== lost) return;
      lost = !answered;
      for (const listener of [...listeners]) listener(lost ? 'lost' : 'restored');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
