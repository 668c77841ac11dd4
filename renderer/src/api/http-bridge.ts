import { DEVHOST_API_PATH, DEVHOST_TOKEN_HEADER, type FyndBridge } from '../../../shared/bridge';
import type { Envelope } from '../../../shared/contract';
import { hostEventStream, type HostEventStreamOptions } from './host-event-stream';

const TOKEN_KEY = 'fynd.devhostToken';

/**
 * Takes the devhost's per-run token from `#token=…` (the address the devhost prints), keeps it
 * in sessionStorage so a reload still works, and removes it from the visible address so it is
 * not shared by copying the URL.
 */
export function takeDevhostToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(TOKEN_KEY, token);
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + search);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * The browser fallback's bridge: the same envelopes over loopback HTTP, main's events over a
 * streamed response; no native menu.
 */
export function createHttpBridge(token: string, options: HostEventStreamOptions = {}): FyndBridge {
  const events = hostEventStream(token, options);
  return {
    async invoke(name, payload) {
      const response = await fetch(`${options.origin ?? ''}${DEVHOST_API_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [DEVHOST_TOKEN_HEADER]: token },
        body: JSON.stringify({ name, payload }),
      });
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
  };
}
