import { assertAbsolutePath } from '../absolute-path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpOutput, OpParsedInput } from '../../../shared/contract';
import type { ProjectData } from '../../../shared/model/project-data';
import type { RefiFormat, RefiOffsets } from '../../../shared/refi-interchange';
import { outputError } from '../output-service';
import type { ProjectStore } from '../store/project-store';
import { writeQdc, writeQdpx } from './qdpx-export';

/**
 * The open project as REFI-QDA from the app: to the path the save dialog gave (Electron), or as
 * bytes for the browser fallback to download; either way written whole or not at all through
 * `output/`, as the Excel and Word reports are.
 */
async function writeRefi(
  store: ProjectStore,
  path: string,
  format: RefiFormat,
  offsets: RefiOffsets,
): Promise<void> {
  const data = store.data();
  if (format === 'qdc') await writeQdc(path, data);
  else await writeQdpx(path, data, await storedTexts(store, data), offsets);
}

/** Every source's stored text, read from the open project. */
async function storedTexts(store: ProjectStore, data: ProjectData): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const source of data.sources) texts.set(source.id, await store.texts.read(source.id));
  return texts;
}

/** The project (.qdpx) or its codebook (.qdc), written atomically where the user chose. */
export async function exportRefi(
  store: ProjectStore,
  input: OpParsedInput<'refi.export'>,
): Promise<OpOutput<'refi.export'>> {
  assertAbsolutePath(input.path);
  try {
    await writeRefi(store, input.path, input.format, input.offsets);
    return { path: input.path };
  } catch (error) {
    throw outputError(error, input.path);
  }
}

/** The same file as bytes for the browser to download (written in a private folder, removed). */
export async function refiDownload(
  store: ProjectStore,
  input: OpParsedInput<'refi.exportDownload'>,
): Promise<OpOutput<'refi.exportDownload'>> {
  const folder = await mkdtemp(join(tmpdir(), 'fynd-refi-'));
  try {
    const path = join(folder, `project.${input.format}`);
    await writeRefi(store, path, input.format, input.offsets);
    return { base64: (await readFile(path)).toString('base64') };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
