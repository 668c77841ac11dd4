import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../../../shared/model/entities';
import { codePointLength } from '../../../shared/model/text-offsets';
import { isCode } from './durable-file';
import { SOURCES_FOLDER } from './source-texts';

/** Why a source's text cannot be trusted: its file is gone, or it is not the text that was coded. */
export type TextProblem = 'missing' | 'changed';

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
    if (!isCode(error, 'ENOENT')) throw error;
    present = new Set();
  }
  for (const source of sources) {
    const name = `${source.id}.txt`;
    if (!present.has(name)) {
      problems.set(source.id, 'missing');
      continue;
    }
    try {
      const text = await readFile(join(dir, SOURCES_FOLDER, name), 'utf8');
      if (codePointLength(text) !== source.length) problems.set(source.id, 'changed');
    } catch (error) {
      if (!isCode(error, 'ENOENT', 'EISDIR', 'EACCES', 'EPERM')) throw error;
      problems.set(source.id, 'missing');
    }
  }
  return problems;
}
