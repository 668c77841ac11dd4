import { resolve } from 'node:path';
import { translate, translateNotice } from '../../shared/i18n';
import { reportLineText } from '../services/refi/import-report';
import { importRefiProjectFolder } from '../services/refi/project-folder-import';
import type { Output } from './cli-main';
import { cliLanguage } from './cli-language';

/** The files `fynd import` reads as another tool's project rather than as transcripts. */
export function isRefiProjectFile(file: string): boolean {
  return /\.(qdpx|qde)$/i.test(file);
}

/**
 * `fynd import <new-dir> <file.qdpx>`: a REFI-QDA project as a new Fynd project; a line per kind
 * imported, the details (offset conventions, what could not be carried), then a summary. The
 * same report is kept in the project as a memo.
 */
export async function refiImportCommand(
  dir: string,
  file: string,
  out: Output,
  err: Output,
): Promise<number> {
  const lang = cliLanguage();
  const { report, notices } = await importRefiProjectFolder(resolve(file), resolve(dir), lang);
  for (const notice of notices) err.write(`${translateNotice(notice, lang)}\n`);
  for (const line of report.kinds) out.write(`${reportLineText(line, lang)}\n`);
  for (const line of report.details) out.write(`  ${reportLineText(line, lang)}\n`);
  out.write(`${reportLineText(report.summary, lang)}\n`);
  out.write(`${translate(lang, 'refiImport.wroteProject', { dir })}\n`);
  return 0;
}
