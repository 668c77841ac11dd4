import { resolve } from 'node:path';
import {
  ExcelReportInputSchema,
  SheetsInputSchema,
  WordReportInputSchema,
} from '../../shared/outputs';
import { LanguageSchema } from '../../shared/model/primitives';
import type { ProjectData } from '../../shared/model/project-data';
import { writeExcelReport } from '../services/excel/excel-report';
import {
  progressReporter,
  type ProgressReporterOptions,
} from '../services/events/progress-reporter';
import { outputError } from '../services/output-service';
import { inspectProject } from '../services/project-inspector';
import { openNote } from './open-note';
import { recommendationSheetsHtml } from '../services/print/recommendation-sheets';
import { writeOutputFile } from '../services/output/atomic-output';
import { writeWordReport } from '../services/word/word-report';
import { flagValue, type ParsedArgs } from './args';
import type { Output } from './cli-main';
import { sameName } from './same-name';
import { SourceTexts } from '../services/store/source-texts';

/** Comma-separated names or ids → ids of the entities they name; unknown ones are reported. */
function resolveIds(
  value: string | undefined,
  items: readonly { id: string; name: string }[],
  what: string,
): string[] {
  if (!value) return [];
  return value.split(',').map((raw) => {
    const wanted = raw.trim();
    const found = items.find((item) => item.id === wanted || sameName(item.name, wanted));
    if (!found) throw new Error(`no ${what} named "${wanted}"`);
    return found.id;
  });
}

/** What `report` and `sheets` start from: where the output goes, the project, its language. */
interface OutputStart {
  /** The --out path, resolved. */
  path: string;
  data: ProjectData;
  language: 'sv' | 'en';
  pseudonymise: boolean;
  /** The project's source texts, read when sound. */
  texts: SourceTexts;
}

/**
 * A command that writes an output. It reads --out (exit code 2, saying `missingOut`, when there is
 * none), then the project without locking it, --lang (the project's own by default) and
 * --no-pseudonyms, and hands them to `write`.
 */
function outputCommand(
  missingOut: string,
  write: (start: OutputStart, args: ParsedArgs, out: Output, err: Output) => Promise<number>,
): (dir: string, args: ParsedArgs, out: Output, err: Output) => Promise<number> {
  return async (dir, args, out, err) => {
    const target = flagValue(args, 'out');
    if (!target) {
      err.write(missingOut);
      return 2;
    }
    const { data, openInApp, seq } = await inspectProject(dir);
    if (openInApp) err.write(openNote(seq));
    const start = {
      path: resolve(target),
      data,
      language: LanguageSchema.parse(flagValue(args, 'lang') ?? data.project.language),
      pseudonymise: !args.flags.has('no-pseudonyms'),
      texts: new SourceTexts(dir),
    };
    return write(start, args, out, err);
  };
}

/**
 * On a terminal, the rows written so far on one line that is redrawn (as the app's progress
 * bar, and as seldom), and wiped when the workbook is done; elsewhere nothing.
 */
export function terminalProgress(
  err: Output,
  options: ProgressReporterOptions = {},
): ((done: number, total: number) => void) | undefined {
  if (!err.isTTY) return undefined;
  return progressReporter(
    {
      emit: ({ done, total }) =>
        err.write(done === total ? '\r\x1b[K' : `\rWriting rows ${done} of ${total}…`),
    },
    'cli-report',
    options,
  );
}

/** Runs the write; a failure names the file it was writing. */
async function writingTo<T>(path: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw outputError(error, path);
  }
}

/**
 * `fynd report <dir> --out report.xlsx [--lang sv|en] [--no-pseudonyms] [--cases A,B] [--themes X,Y]`:
 * the same workbook as the app's Reports view; reads the project without locking it.
 */
export const reportCommand = outputCommand(
  'fynd report: say where the workbook goes with --out report.xlsx.\n',
  async (start, args, out, err) => {
    const { data, texts } = start;
    const input = ExcelReportInputSchema.parse({
      path: start.path,
      language: start.language,
      pseudonymise: start.pseudonymise,
      caseIds: resolveIds(flagValue(args, 'cases'), data.cases, 'case'),
      themeIds: resolveIds(flagValue(args, 'themes'), data.themes, 'theme'),
    });
    const result = await writingTo(input.path, () =>
      writeExcelReport(data, {
        path: input.path,
        language: input.language ?? data.project.language,
        pseudonymise: input.pseudonymise,
        caseIds: input.caseIds,
        themeIds: input.themeIds,
        onProgress: terminalProgress(err),
        readText: (id) => texts.readIfSound(id),
      }),
    );
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    out.write(
      `Wrote ${input.path}: ${result.sheets.length} sheets, ${total} rows${input.pseudonymise ? ', pseudonymised' : ''}.\n`,
    );
    return 0;
  },
);

/** `fynd sheets <dir> --out sheets.html [--ids a,b] [--lang sv|en] [--no-pseudonyms]`. */
export const sheetsCommand = outputCommand(
  'fynd sheets: say where the document goes with --out sheets.html.\n',
  async (start, args, out) => {
    const { data, path } = start;
    const recommendations = data.recommendations.map((r) => ({ id: r.id, name: r.title }));
    const input = SheetsInputSchema.parse({
      language: start.language,
      pseudonymise: start.pseudonymise,
      ids: resolveIds(flagValue(args, 'ids'), recommendations, 'recommendation'),
    });
    const html = recommendationSheetsHtml(data, {
      ...input,
      language: input.language ?? data.project.language,
    });
    await writingTo(path, () => writeOutputFile(path, html));
    const count = input.ids.length > 0 ? input.ids.length : data.recommendations.length;
    out.write(
      `Wrote ${path}: ${count} recommendation sheet(s). Print it to PDF from any Chromium.\n`,
    );
    return 0;
  },
);

/**
 * `fynd word <dir> --out report.docx [--lang sv|en] [--no-pseudonyms] [--cases A,B]`: the draft
 * evaluation report as a Word document, the same as the Reports view's.
 */
export const wordCommand = outputCommand(
  'fynd word: say where the document goes with --out report.docx.\n',
  async (start, args, out) => {
    const { data } = start;
    const input = WordReportInputSchema.parse({
      path: start.path,
      language: start.language,
      pseudonymise: start.pseudonymise,
      caseIds: resolveIds(flagValue(args, 'cases'), data.cases, 'case'),
    });
    await writingTo(input.path, () =>
      writeWordReport(data, {
        path: input.path,
        language: input.language ?? data.project.language,
        pseudonymise: input.pseudonymise,
        caseIds: input.caseIds,
      }),
    );
    out.write(
      `Wrote ${input.path}: the draft evaluation report${input.pseudonymise ? ', pseudonymised' : ''}. Open it in Word or LibreOffice.\n`,
    );
    return 0;
  },
);
