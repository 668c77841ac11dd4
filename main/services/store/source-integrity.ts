import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../../../shared/model/entities';
import { isCode } from './durable-file';
import { SOURCES_FOLDER, type TextProblem } from './source-texts';

/**
 * Checks every source's text file at open: present, and as long (in code points) as when it was
 * stored. Codings hold offsets into it, so a changed text would put every quote in the wrong place.
 */
export async function checkSourceTexts(
  dir: string,
  sources: readonly Source[],
): Promise<Map<string, TextProblem>> {
  const problems = new Map<string, TextProblem>();
  let present: Set<string>;
  try {
    present = new Set(await readdir(join(dir, SOURCES_FOLDER)));
  } catch (error) {
    if (isCode(error, 'EACCES', 'EPERM')) {
      for (const source of sources) problems.set(source.id, 'unreadable');
      return problems;
    }
    if (!isCode(error, 'ENOENT')) throw error;
    present = new Set();
  }
  const checks = sources.map((source) => async () => {
    const name = `${source.id}.txt`;
    if (!present.has(name)) {
      problems.set(source.id, 'missing');
      return;
    }
    try {
      const text = await readFile(join(dir, SOURCES_FOLDER, name), 'utf8');
      if (countCodePoints(text) !== source.length) problems.set(source.id, 'changed');
    } catch (error) {
      if (isCode(error, 'EACCES', 'EPERM')) problems.set(source.id, 'unreadable');
      else if (isCode(error, 'ENOENT', 'EISDIR')) problems.set(source.id, 'missing');
      else throw error;
    }
  });
  // A few reads at a time: a thousand interviews are read in a fraction of the time, in order.
  await runPooled(checks, 8);
  return problems;
}

const SURROGATE = /[\uD800-\uDFFF]/;
const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Code points in a text: its UTF-16 length less one per surrogate pair. */
function countCodePoints(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  return text.length - (text.match(PAIR)?.length ?? 0);
}

/** Runs tasks with at most `width` in flight. */
async function runPooled(tasks: readonly (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) await tasks[next++]?.();
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, lane));
}
