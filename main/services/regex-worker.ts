import { Worker } from 'node:worker_threads';
import { FyndError } from '../../shared/errors';
import { findMatches, type MatchRanges } from '../../shared/analysis/text-search';

/** How long a user's regular expression may search before it is stopped. */
export const REGEX_BUDGET_MS = 10_000;

/**
 * The worker's whole program: `findMatches` (self-contained) over each text it is sent, sharing
 * one limit of detailed hits. No file to load, so it runs the same in Electron and on Node.
 */
const WORKER_CODE = `
const findMatches = ${findMatches.toString()};
const { parentPort } = require('node:worker_threads');
parentPort.once('message', ({ source, flags, texts, limit }) => {
  let left = limit;
  const results = texts.map((text) => {
    const found = findMatches(text, source, flags, Math.max(0, left));
    left -= found.ranges.length / 2;
    return found;
  });
  parentPort.postMessage(results);
});
`;

/**
 * Runs a user's regular expression over texts in a worker thread, so that a pattern that
 * backtracks without end, such as (a+)+$, holds up nothing else and is stopped after `budgetMs`.
 */
export function matchInWorker(
  texts: readonly string[],
  pattern: RegExp,
  limit: number,
  budgetMs: number = REGEX_BUDGET_MS,
): Promise<MatchRanges[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, { eval: true });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          new FyndError('searchTooSlow', 'The regular expression took too long.', {
            seconds: Math.round(budgetMs / 100) / 10,
          }),
        ),
      );
    }, budgetMs);
    worker.once('message', (results: MatchRanges[]) => finish(() => resolve(results)));
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) =>
      finish(() => reject(new Error(`The search worker stopped (${code}).`))),
    );
    worker.postMessage({ source: pattern.source, flags: pattern.flags, texts, limit });
  });
}
