import type { ImportResult, SourceImportMeta } from '../../../shared/contract';
import type { FyndErrorData } from '../../../shared/errors';
import { errorDataOf } from '../api/api-client';
import { importSources, projectStore } from '../state/project-store';
import { batchBySize, precheckFile } from './import-plan';
import { readAsBase64 } from './read-file';

export interface ImportRun {
  /** One line per file, in the order chosen. */
  results: ImportResult[];
  /** Undo steps the import took (one, unless it had to be split into several calls). */
  steps: number;
}

/**
 * Imports files chosen in the browser: files too large to send are refused here, the rest are
 * read as base64 and sent (in as few calls as the host's request limit allows). A call that
 * fails as a whole marks each of its files with that error; nothing of it was imported.
 */
export async function importBrowserFiles(
  files: readonly File[],
  meta: SourceImportMeta,
): Promise<ImportRun> {
  const results = new Map<File, ImportResult>();
  const sendable: File[] = [];
  for (const file of files) {
    const refused = precheckFile(file.name, file.size);
    if (refused) results.set(file, { file: file.name, ok: false, error: refused });
    else sendable.push(file);
  }
  let steps = 0;
  for (const batch of batchBySize(sendable)) {
    try {
      const payload = await Promise.all(
        batch.map(async (file) => ({ name: file.name, base64: await readAsBase64(file) })),
      );
      const outcome = await importSources('sources.importData', { files: payload, meta });
      // A failed call is shown (translated) by the store; its files carry the same error here.
      if (!outcome) throw projectStore.get().editError ?? new Error('The import failed.');
      if (outcome.mutation) steps++;
      batch.forEach((file, i) => {
        const result = outcome.results[i];
        if (result) results.set(file, result);
      });
    } catch (error) {
      const data = isErrorData(error) ? error : errorDataOf(error);
      for (const file of batch) results.set(file, { file: file.name, ok: false, error: data });
    }
  }
  return {
    results: files.map((file) => results.get(file)).filter((r) => r !== undefined),
    steps,
  };
}

function isErrorData(value: unknown): value is FyndErrorData {
  return typeof value === 'object' && value !== null && 'code' in value && 'params' in value;
}
