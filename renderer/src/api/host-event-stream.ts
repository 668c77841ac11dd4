import { DEVHOST_EVENTS_PATH, DEVHOST_TOKEN_HEADER } from '../../../shared/bridge';

export interface HostEventStreamOptions {
  /** Where the devhost is; '' means this page's own origin. */
  origin?: string;
  /** The first wait before reopening a dropped stream; it doubles up to 10 s while it fails. */
  retryDelayMs?: number;
  /**
   * Told whether each attempt to open the stream got the host's answer (true) or none at all
   * (false: the devhost has stopped). A refusal (another run's token) is neither.
   */
  onReachable?: (answered: boolean) => void;
}

/** A line longer than this is no event of ours: it is dropped rather than buffered. */
const MAX_LINE_CHARS = 64 * 1024;
const MAX_RETRY_DELAY_MS = 10_000;
/** A stream that stayed open this long and then dropped is reopened at once, without a wait. */
const STEADY_STREAM_MS = 1000;

/**
 * Main's events from the devhost's stream (newline-delimited JSON), through fetch (which can
 * also send a program's token header). The stream opens with the first listener, closes
 * with the last, and reopens quietly when it drops while someone listens. Events are passed on
 * unvalidated: the API client checks each against HostEventSchema.
 *
 * The stream is also how the browser fallback notices that the devhost has stopped (killed or
 * quit): the open stream drops, and reopening it gets no answer.
 */
export function hostEventStream(token?: string, options: HostEventStreamOptions = {}) {
  const url = `${options.origin ?? ''}${DEVHOST_EVENTS_PATH}`;
  const firstDelay = options.retryDelayMs ?? 500;
  const listeners = new Set<(event: unknown) => void>();
  let running: AbortController | null = null;

  const deliver = (line: string) => {
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      return;
    }
    for (const listener of [...listeners]) listener(event);
  };

  const run = async (abort: AbortController) => {
    // Read anew after each await (a plain property read would stay narrowed to false).
    const stopped = () => abort.signal.aborted;
    let delay = firstDelay;
    while (!abort.signal.aborted) {
      const response = await fetch(url, {
        headers: tokenHeaders(token),
        cache: 'no-store',
        signal: abort.signal,
      }).catch(() => null);
      if (stopped()) return;
      // fetch rejects only when no answer came at all: nothing listens at the address.
      if (!response) options.onReachable?.(false);
      if (response?.ok && response.body) {
        options.onReachable?.(true);
        delay = firstDelay;
        const opened = Date.now();
        // Ends when the host ends it or the connection breaks (both mean: reopen).
        await readLines(response.body, deliver).catch(() => undefined);
        if (stopped()) return;
        // A steady stream that drops is reopened at once, so a stopped host is noticed at once;
        // one that ends straight away waits like a failure, so no host is ever hammered.
        if (Date.now() - opened >= STEADY_STREAM_MS) continue;
      } else {
        await response?.body?.cancel().catch(() => undefined);
      }
      await pause(delay, abort.signal);
      delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
    }
  };

  return {
    subscribe(listener: (event: unknown) => void): () => void {
      listeners.add(listener);
      if (!running) {
        running = new AbortController();
        void run(running);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && running) {
          running.abort();
          running = null;
        }
      };
    },
  };
}

/** Calls `onLine` with each non-empty line of a UTF-8 byte stream, until the stream ends. */
export async function readLines(
  body: ReadableStream<Uint8Array>,
  onLine: (line: string) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += decoder.decode(value, { stream: !done });
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      if (buffer.length > MAX_LINE_CHARS) buffer = '';
      for (const line of lines) if (line.trim()) onLine(line);
      if (done) break;
    }
    if (buffer.trim()) onLine(buffer);
  } finally {
    reader.releaseLock();
  }
}

/** Waits, or stops waiting as soon as the signal aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/**
 * The token header, for programs (tests, tools) that were handed the devhost's token. The page in
 * the browser has none: its session cookie (HttpOnly, set at launch) goes with every request.
 */
export function tokenHeaders(token: string | undefined): Record<string, string> {
  return token ? { [DEVHOST_TOKEN_HEADER]: token } : {};
}
