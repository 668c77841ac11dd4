import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FyndError } from '../../../shared/errors';
import { IdSchema } from '../../../shared/model/primitives';
import { isCode, writeFileDurably } from './durable-file';

export const SOURCES_FOLDER = 'sources';

/** Transcript texts: sources/<id>.txt, UTF-8, written once and durably before the edit. */
export class SourceTexts {
  private readonly cache = new Map<string, string>();

  constructor(private readonly dir: string) {}

  private pathOf(id: string): string {
    // Ids reach file names, so only a UUID may pass.
    return join(this.dir, SOURCES_FOLDER, `${IdSchema.parse(id)}.txt`);
  }

  async write(id: string, text: string): Promise<void> {
    await mkdir(join(this.dir, SOURCES_FOLDER), { recursive: true });
    await writeFileDurably(this.pathOf(id), text);
    this.cache.set(id, text);
  }

  async read(id: string): Promise<string> {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    try {
      const text = await readFile(this.pathOf(id), 'utf8');
      this.cache.set(id, text);
      return text;
    } catch (error) {
      if (isCode(error, 'ENOENT')) {
        throw new FyndError('notFound', 'The text of this source is missing.', { id });
      }
      throw error;
    }
  }
}
