import { assertAbsolutePath } from '../absolute-path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpOutput, OpParsedInput } from '../../../shared/contract';
import { outputError } from '../output-service';
import type { ProjectStore } from '../store/project-store';
import { writeWordReport, type WordReportOptions } from './word-report';

function wordOptions(
  store: ProjectStore,
  input: OpParsedInput<'report.wordDownload'>,
): Omit<WordReportOptions, 'path'> {
  return {
    language: input.language ?? store.state.project.language,
    pseudonymise: input.pseudonymise,
    caseIds: input.caseIds,
  };
}

/** The Word report of the open project, written atomically where the user chose. */
export async function exportWord(
  store: ProjectStore,
  input: OpParsedInput<'report.word'>,
): Promise<OpOutput<'report.word'>> {
  assertAbsolutePath(input.path);
  try {
    return await writeWordReport(store.data(), { path: input.path, ...wordOptions(store, input) });
  } catch (error) {
    throw outputError(error, input.path);
  }
}

/**
 * The Word report as bytes for the browser fallback to download: written into a private
 * temporary folder, read back, and the folder removed (as the Excel report's download).
 */
export async function wordDownload(
  store: ProjectStore,
  input: OpParsedInput<'report.wordDownload'>,
): Promise<OpOutput<'report.wordDownload'>> {
  const folder = await mkdtemp(join(tmpdir(), 'fynd-word-'));
  try {
    const path = join(folder, 'report.docx');
    await writeWordReport(store.data(), { path, ...wordOptions(store, input) });
    return { base64: (await readFile(path)).toString('base64') };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
