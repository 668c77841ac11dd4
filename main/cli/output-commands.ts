import { resolve } from 'node:path';
import { ExcelReportInputSchema, SheetsInputSchema } from '../../shared/outputs';
import { LanguageSchema } from '../../shared/model/primitives';
import type { ProjectData } from '../../shared/model/project-data';
import { writeExcelReport } from '../services/excel/excel-report';
import { outputError } from '../services/output-service';
import { inspectProject } from '../services/project-inspector';
import { recommendationSheetsHtml } from '../services/print/recommendation-sheets';
import { writeFileDurably } from '../services/store/durable-file';
import { flagValue, type ParsedArgs } from './args';
import type { Output } from './cli-main';

/** Comma-separated names or ids → ids of the entities they name; unknown ones are reported. */
function resolveIds(
  value: string | undefined,
  items: readonly { id: string; name: string }[],
  what: string,
): string[] {
  if (!value) return [];
  return value.split(',').map((raw) => {
    const wanted = raw.trim();
    const found = items.find(
      (item) =>
        item.id === wanted ||
        item.name.localeCompare(wanted, 'sv', { sensitivity: 'accent' }) === 0,
    );
    if (!found) throw new Error(`no ${what} named "${wanted}"`);
    return found.id;
  });
}

function language(args: ParsedArgs, data: ProjectData): 'sv' | 'en' {
  return LanguageSchema.parse(flagValue(args, 'lang') ?? data.project.language);
}

/**
 * `fynd report <dir> --out report.xlsx [--lang sv|en] [--no-pseudonyms] [--cases A,B] [--themes X,Y]`:
 * the same workbook as the app's Reports view; reads the project without locking it.
 */
export async function reportCommand(
  dir: string,
  args: ParsedArgs,
  out: Output,
  err: Output,
): Promise<number> {
  const target = flagValue(args, 'out');
  if (!target) {
    err.write('fynd report: say where the workbook goes with --out report.xlsx.\n');
    return 2;
  }
  const { data } = await inspectProject(dir);
  const input = ExcelReportInputSchema.parse({
    path: resolve(target),
    language: language(args, data),
    pseudonymise: !args.flags.has('no-pseudonyms'),
    caseIds: resolveIds(flagValue(args, 'cases'), data.cases, 'case'),
    themeIds: resolveIds(flagValue(args, 'themes'), data.themes, 'theme'),
  });
  try {
    const result = await writeExcelReport(data, {
      path: input.path,
      language: input.language ?? data.project.language,
      pseudonymise: input.pseudonymise,
      caseIds: input.caseIds,
      themeIds: input.themeIds,
    });
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    out.write(
      `Wrote ${input.path}: ${result.sheets.length} sheets, ${total} rows${input.pseudonymise ? ', pseudonymised' : ''}.\n`,
    );
    return 0;
  } catch (error) {
    throw outputError(error, input.path);
  }
}

/** `fynd sheets <dir> --out sheets.html [--ids a,b] [--lang sv|en] [--no-pseudonyms]`. */
export async function sheetsCommand(
  dir: string,
  args: ParsedArgs,
  out: Output,
  err: Output,
): Promise<number> {
  const target = flagValue(args, 'out');
  if (!target) {
    err.write('fynd sheets: say where the document goes with --out sheets.html.\n');
    return 2;
  }
  const { data } = await inspectProject(dir);
  const recommendations = data.recommendations.map((r) => ({ id: r.id, name: r.title }));
  const input = SheetsInputSchema.parse({
    language: language(args, data),
    pseudonymise: !args.flags.has('no-pseudonyms'),
    ids: resolveIds(flagValue(args, 'ids'), recommendations, 'recommendation'),
  });
  const html = recommendationSheetsHtml(data, {
    ...input,
    language: input.language ?? data.project.language,
  });
  const path = resolve(target);
  try {
    await writeFileDurably(path, html);
  } catch (error) {
    throw outputError(error, path);
  }
  const count = input.ids.length > 0 ? input.ids.length : data.recommendations.length;
  out.write(
    `Wrote ${path}: ${count} recommendation sheet(s). Print it to PDF from any Chromium.\n`,
  );
  return 0;
}
