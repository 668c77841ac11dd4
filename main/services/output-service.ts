import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertAbsolutePath } from './absolute-path';
import type { OpOutput, OpParsedInput } from '../../shared/contract';
import { FyndError } from '../../shared/errors';
import { writeExcelReport } from './excel/excel-report';
import type { HostEventSink } from './events/host-event-hub';
import { progressReporter } from './events/progress-reporter';
import { recommendationSheetsHtml } from './print/recommendation-sheets';
import type { ProjectStore } from './store/project-store';

/**
 * The Excel evaluation report of the open project, written atomically to the given path. With a
 * task id, its progress (rows written of rows expected) goes out as throttled host events.
 */
export async function exportExcel(
  store: ProjectStore,
  input: OpParsedInput<'report.excel'>,
  events: HostEventSink,
): Promise<OpOutput<'report.excel'>> {
  assertAbsolutePath(input.path);
  try {
    const result = await writeExcelReport(store.data(), {
      path: input.path,
      ...reportOptions(store, input, events),
    });
    return { path: input.path, ...result };
  } catch (error) {
    throw outputError(error, input.path);
  }
}

/**
 * The Excel report as bytes for the browser fallback to download: written (atomically, as ever)
 * into a private temporary folder, read back, and the folder removed.
 */
export async function excelDownload(
  store: ProjectStore,
  input: OpParsedInput<'report.excelDownload'>,
  events: HostEventSink,
): Promise<OpOutput<'report.excelDownload'>> {
  const folder = await mkdtemp(join(tmpdir(), 'fynd-report-'));
  try {
    const path = join(folder, 'report.xlsx');
    const result = await writeExcelReport(store.data(), {
      path,
      ...reportOptions(store, input, events),
    });
    return { base64: (await readFile(path)).toString('base64'), ...result };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function reportOptions(
  store: ProjectStore,
  input: OpParsedInput<'report.excelDownload'>,
  events: HostEventSink,
) {
  return {
    language: input.language ?? store.state.project.language,
    sheets: input.parts.length > 0 ? input.parts : undefined,
    pseudonymise: input.pseudonymise,
    caseIds: input.caseIds,
    themeIds: input.themeIds,
    onProgress: input.taskId ? progressReporter(events, input.taskId) : undefined,
    readText: (sourceId: string) => store.texts.readIfSound(sourceId),
  };
}

/** An output's disk failure in words about the output (not about saving the project). */
export function outputError(error: unknown, path: string): unknown {
  if (!(error instanceof FyndError) || error.code !== 'writeFailed') return error;
  const reason = String(error.params.reason ?? 'other');
  if (reason === 'locked') return new FyndError('outputLocked', error.message, { path });
  return new FyndError('outputFailed', error.message, {
    path,
    reason: String(error.params.code ?? reason),
  });
}

/** The recommendation sheets as one self-contained HTML document. */
export function sheetsHtml(store: ProjectStore, input: OpParsedInput<'sheets.html'>): string {
  return recommendationSheetsHtml(store.data(), {
    language: input.language ?? store.state.project.language,
    ids: input.ids,
    pseudonymise: input.pseudonymise,
  });
}
