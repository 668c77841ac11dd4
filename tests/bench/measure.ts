import { performance } from 'node:perf_hooks';

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
