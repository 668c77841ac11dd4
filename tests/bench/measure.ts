import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/** Median and 95th percentile of samples in milliseconds. */
export function percentiles(samples: readonly number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: round(at(0.5)), p95: round(at(0.95)) };
}

/** Runs an async task `times` times and returns each duration in ms. */
export async function timeEach(
  times: number,
  task: (i: number) => Promise<unknown> | unknown,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await task(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The median duration of a task in ms. */
export async function median(
  times: number,
  task: () => Promise<unknown> | unknown,
): Promise<number> {
  return percentiles(await timeEach(times, task)).p50;
}

export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * Runs a background task and, while it runs, keeps doing `edit` one after another, as a user
 * typing on would: the longest the event loop was held, and how long each edit took.
 */
export async function editsDuring(
  background: () => Promise<unknown>,
  edit: (i: number) => Promise<unknown>,
): Promise<{ durationMs: number; blockMaxMs: number; editMs: number[] }> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  const editMs: number[] = [];
  let done = false;
  delay.enable();
  const start = performance.now();
  const task = background().finally(() => {
    done = true;
  });
  const editing = (async () => {
    for (let i = 0; !done; i++) {
      const at = performance.now();
      await edit(i);
      editMs.push(performance.now() - at);
    }
  })();
  await task;
  const durationMs = performance.now() - start;
  await editing;
  delay.disable();
  // The histogram counts delay beyond its 1 ms resolution, in nanoseconds.
  return { durationMs: round(durationMs), blockMaxMs: round(delay.max / 1e6), editMs };
}
