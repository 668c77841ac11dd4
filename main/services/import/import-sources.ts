import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportOutcome, ImportResult, SourceImportMeta } from '../../../shared/contract';
import { FyndError, toErrorData } from '../../../shared/errors';
import { newId } from '../../../shared/model/primitives';
import { codePointLength, normaliseText } from '../../../shared/model/text-offsets';
import { addSources, type NewSource } from '../actions/source-actions';
import type { ProjectStore } from '../store/project-store';
import { importFile } from './import-file';
import { MAX_PDF_BYTES } from './pdf-import';
import { normalisedPages } from './pdf-pages';
import { MAX_TEXT_BYTES } from './text-decoding';

/** One file to import: its name and a way to get its bytes (from disk or from the renderer). */
export interface ImportCandidate {
  name: string;
  /** Where it came from, kept on the source (a path, or the name for uploaded bytes). */
  origin: string;
  read(): Promise<Uint8Array>;
}

/** A file on disk as an import candidate; its size is checked before it is read. */
export function fileCandidate(path: string): ImportCandidate {
  return {
    name: basename(path),
    origin: path,
    read: async () => {
      const info = await stat(path);
      if (!info.isFile())
        throw new FyndError('unsupportedFile', 'This is not a file.', {
          extension: basename(path),
        });
      // .docx is compressed, so its limit is checked after unpacking; text is checked here. A
      // PDF carries pictures and fonts beside its text, so it may be larger.
      const limit = /\.pdf$/i.test(path) ? MAX_PDF_BYTES : MAX_TEXT_BYTES * 2;
      if (info.size > limit) {
        throw new FyndError('fileTooLarge', 'The file is too large to import.', {
          megabytes: Math.round(info.size / (1024 * 1024)),
          limit: limit / (1024 * 1024),
        });
      }
      return new Uint8Array(await readFile(path));
    },
  };
}

/**
 * Imports files as sources in one undoable step. Each file is read and checked on its own: a bad
 * one is reported and skipped, the good ones are added. Texts are normalised once and written
 * before the edit that refers to them.
 */
export async function importSources(
  store: ProjectStore,
  candidates: readonly ImportCandidate[],
  meta: SourceImportMeta,
): Promise<ImportOutcome> {
  const results: ImportResult[] = [];
  const sources: NewSource[] = [];
  for (const candidate of candidates) {
    try {
      const imported = await importFile(candidate.name, await candidate.read());
      const text = normaliseText(imported.text);
      const pages = imported.pages && normalisedPages(imported.text, imported.pages);
      const id = newId();
      await store.texts.write(id, text);
      const title = imported.title.slice(0, 300);
      sources.push({
        id,
        meta: { ...meta, title },
        origin: candidate.origin.slice(0, 1000),
        body: text,
        pages,
      });
      results.push({
        file: candidate.name,
        ok: true,
        id,
        title,
        format: imported.format,
        length: codePointLength(text),
        replaced: imported.replaced,
        ...(pages ? { pages: pages.length } : {}),
        runningLines: imported.runningLines ?? [],
      });
    } catch (error) {
      results.push({ file: candidate.name, ok: false, error: toErrorData(error) });
    }
  }
  if (sources.length === 0) return { mutation: null, results };
  const added = results.find((r) => r.ok);
  const mutation = await store.commit(
    {
      action: 'sources.import',
      subject: sources.length === 1 && added?.ok ? added.title : String(sources.length),
    },
    addSources(sources),
  );
  return { mutation, results };
}
