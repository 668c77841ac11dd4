import type { HostEventSink } from './host-event-hub';

/** Progress events of one task go out at most this often (besides the first and the last). */
export const PROGRESS_INTERVAL_MS = 100;

export interface ProgressReporterOptions {
  intervalMs?: number;
  /** A monotonic clock in milliseconds (tests pass their own). */
  now?: () => number;
}

/**
 * A progress callback `(done, total)` that sends one task's `progress` events, throttled: the
 * first call always goes out, later ones once per interval, and a call that reaches its total
 * always, so the renderer sees the start and the end however fast the task runs. Values are
 * made whole, never go back, and keep 0 ≤ done ≤ total, so every event passes the schema.
 */
export function progressReporter(
  sink: HostEventSink,
  task: string,
  options: ProgressReporterOptions = {},
): (done: number, total: number) => void {
  const interval = options.intervalMs ?? PROGRESS_INTERVAL_MS;
  const now = options.now ?? (() => performance.now());
  let last: { at: number; done: number; total: number } | null = null;
  return (rawDone, rawTotal) => {
    const done = Math.max(last?.done ?? 0, Math.floor(rawDone));
    const total = Math.max(done, Math.floor(rawTotal));
    if (last && last.done === done && last.total === total) return;
    const at = now();
    const reachesTotal = done === total;
    if (last && !reachesTotal && at - last.at < interval) return;
    last = { at, done, total };
    sink.emit({ type: 'progress', task, done, total });
  };
}
