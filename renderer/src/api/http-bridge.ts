import { DEVHOST_API_PATH, type FyndBridge } from '../../../shared/bridge';
import type { Envelope } from '../../../shared/contract';
import { FyndError } from '../../../shared/errors';
import { connectionMonitor } from './connection-monitor';
import { hostEventStream, tokenHeaders, type HostEventStreamOptions } from './host-event-stream';

/**
 * The answer a call gets when nothing answered it (the devhost has stopped): a failure like any
 * other, so every view shows the same translated message instead of "Failed to fetch".
 */
const connectionLost: Envelope = {
  ok: false,
  error: new FyndError('connectionLost', 'Fynd does not answer: the connection was lost.').toData(),
};

/**
 * The browser fallback's bridge: the same envelopes over loopback HTTP, main's events over a
 * streamed response; no native menu. It is also the one to notice that the devhost has stopped,
 * from the event stream (kept open while anyone follows the connection) and from calls.
 */
export function createHttpBridge(token?: string, options: HostEventStreamOptions = {}): FyndBridge {
  const connection = connectionMonitor();
  const events = hostEventStream(token, {
    ...options,
    onReachable: (answered) => {
      options.onReachable?.(answered);
      connection.reachable(answered);
    },
  });
  return {
    async invoke(name, payload) {
      let response: Response;
      try {
        response = await fetch(`${options.origin ?? ''}${DEVHOST_API_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...tokenHeaders(token) },
          body: JSON.stringify({ name, payload }),
        });
      } catch {
        // fetch rejects only when no answer came: whether an edit in flight reached main is
        // unknown, so it is not called saved (the header and banner say "not confirmed").
        connection.reachable(false);
        return connectionLost;
      }
      if (response.ok) connection.reachable(true);
      const type = response.headers.get('content-type') ?? '';
      if (!type.startsWith('application/json')) {
        // A refusal before the handler table (wrong host, too large…) answers in plain text.
        throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`);
      }
      return (await response.json()) as Envelope;
    },
    onMenuCommand() {
      return () => undefined;
    },
    onHostEvent: (listener) => events.subscribe(listener),
    onConnectionChange(listener) {
      const unsubscribe = connection.subscribe(listener);
      // Holding the stream open is what makes a stopped host known at once, not at the next call.
      const release = events.subscribe(() => undefined);
      return () => {
        unsubscribe();
        release();
      };
    },
  };
}
