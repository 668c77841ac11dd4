import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FyndError } from '../../../shared/errors';
import { IdSchema } from '../../../shared/model/primitives';
import { isCode, writeFileDurably } from './durable-file';

export const SOURCES_FOLDER = 'sources';

/**
 * Why a source's text cannot be trusted: its file is gone, Fynd may not read it, or it is not
 * the text that was coded.
 */
export type TextProblem = 'missing' | 'unreadable' | 'changed';

/** Transcript texts: sources/<id>.txt, UTF-8, written once and durably before the edit. */
export class SourceTexts {
  private readonly cache = new Map<string, string>();
  /** Texts found missing or changed at open: never read as if they were sound. */
  private readonly problems = new Map<string, TextProblem>();

  constructor(private readonly dir: string) {}

  private pathOf(id: string): string {
    // Ids reach file names, so only a UUID may pass.
    return join(this.dir, SOURCES_FOLDER, `${IdSchema.parse(id)}.txt`);
  }

  /** Records what the check at open found. */
  markProblems(problems: ReadonlyMap<string, TextProblem>): void {
    for (const [id, problem] of problems) this.problems.set(id, problem);
  }

  /** Whether this source's text is missing or changed on disk. */
  problemOf(id: string): TextProblem | undefined {
    return this.problems.get(id);
  }

  async write(id: string, text: string): Promise<void> {
    await mkdir(join(this.dir, SOURCES_FOLDER), { recursive: true });
    await writeFileDurably(this.pathOf(id), text);
    this.cache.set(id, text);
    this.problems.delete(id);
  }

  /** The text, or a clear error when it is missing or no longer the text that was coded. */
  async read(id: string): Promise<string> {
    const problem = this.problems.get(id);
    if (problem) {
      throw new FyndError('sourceTextUnavailable', `The text of this source is ${problem}.`, {
        id,
        problem,
      });
    }
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    try {
      const text = await readFile(this.pathOf(id), 'utf8');
      this.cache.set(id, text);
      return text;
    } catch (error) {
      const problem = isCode(error, 'ENOENT')
        ? 'missing'
        : isCode(error, 'EACCES', 'EPERM')
          ? 'unreadable'
          : null;
      if (!problem) throw error;
      this.problems.set(id, problem);
      throw new FyndError('sourceTextUnavailable', `The text of this source is ${problem}.`, {
        id,
        problem,
      });
    }
  }

  /** The text for search and analysis, or null for a source whose text cannot be trusted. */
  async readIfSound(id: string): Promise<string | null> {
    if (this.problems.has(id)) return null;
    try {
      return await this.read(id);
    } catch (error) {
      if (error instanceof FyndError && error.code === 'sourceTextUnavailable') return null;
      throw error;
    }
  }
}
