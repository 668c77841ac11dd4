import { REPORT_PARTS, type ReportPart } from '../../../shared/outputs';
import { resolve } from 'node:path';
import { pseudonymiser } from '../../../shared/analysis/pseudonymise';
import { xmlSafeText } from '../../../shared/well-formed-text';
import { FyndError } from '../../../shared/errors';
import type { ProjectData } from '../../../shared/model/project-data';
import { withAtomicOutput } from '../output/atomic-output';
import { excelLabels, type WorksheetKey } from './excel-labels';
import { ReportBook } from './report-book';
import { reportContext, type ReportContext } from './report-context';
import { reportScope, scopeProjectData } from './report-scope';
import { DATE_FORMATS } from './table-writer';
import { writeAgreementSheet } from './sheets/agreement-sheet';
import { writeCasesSheets } from './sheets/cases-sheet';
import { writeCodebookSheet } from './sheets/codebook-sheet';
import { writeEvaluationMatrixSheet } from './sheets/evaluation-matrix-sheet';
import { writeFindingsSheet } from './sheets/findings-sheet';
import { writeMatrixSheets } from './sheets/matrix-sheets';
import { writeQuotesSheet } from './sheets/quotes-sheet';
import { writeRecommendationsSheet } from './sheets/recommendations-sheet';
import { writeSummarySheet } from './sheets/summary-sheet';

/** The parts of the report a user can choose, in workbook order (one list, in shared/). */
export const SHEET_IDS = REPORT_PARTS;
export type SheetId = ReportPart;

/** The worksheets each part writes (cases and matrix write more than one). */
const WORKSHEETS: Record<SheetId, WorksheetKey[]> = {
  summary: ['summary'],
  codebook: ['codebook'],
  cases: ['cases', 'indicatorSources'],
  matrix: ['matrix', 'valence', 'syntheses'],
  quotes: ['quotes'],
  agreement: ['agreement'],
  findings: ['findings'],
  recommendations: ['recommendations'],
  evaluationMatrix: ['evaluationMatrix'],
};

export interface ExcelReportOptions {
  /** Where the .xlsx goes; it appears there only once complete. */
  path: string;
  language: 'sv' | 'en';
  /** Parts to include, default all. */
  sheets?: readonly SheetId[];
  /** Replace the project's listed real names in every text cell (default true). */
  pseudonymise?: boolean;
  /** Restrict to these cases (empty or missing: all). */
  caseIds?: readonly string[];
  /** Restrict to these themes and their sub-themes (empty or missing: all). */
  themeIds?: readonly string[];
  /**
   * Rows written so far and expected in all: (0, expected) at the start, then every few hundred
   * rows, and (rows, rows) at the end.
   */
  onProgress?: (done: number, total: number) => void;
  /** The report's date (default: now). */
  now?: Date;
  /**
   * A source's text when it is sound: the agreement sheet measures sentences and paragraphs with
   * it (without it, characters only).
   */
  readText?: (sourceId: string) => Promise<string | null>;
}

export interface ExcelReportResult {
  /** Names of the worksheets written, in order. */
  sheets: string[];
  /** Data rows (header not counted) by worksheet name. */
  rows: Record<string, number>;
}

const WRITERS: Record<Exclude<SheetId, 'summary'>, (context: ReportContext) => Promise<void>> = {
  codebook: writeCodebookSheet,
  cases: writeCasesSheets,
  matrix: writeMatrixSheets,
  quotes: writeQuotesSheet,
  agreement: writeAgreementSheet,
  findings: writeFindingsSheet,
  recommendations: writeRecommendationsSheet,
  evaluationMatrix: writeEvaluationMatrixSheet,
};

/**
 * Writes the Excel evaluation report of a project.
 *
 * The workbook is streamed (exceljs WorkbookWriter, rows committed as they are written) into a
 * temporary file beside the target, synced, and renamed over the target only when complete: a
 * failure never leaves a half-written .xlsx, and an existing report stays as it was. Failures
 * throw FyndError 'writeFailed' with params.reason 'locked' | 'diskFull' | 'permission' | 'other'.
 */
export async function writeExcelReport(
  data: ProjectData,
  options: ExcelReportOptions,
): Promise<ExcelReportResult> {
  const parts = SHEET_IDS.filter((id) => (options.sheets ?? SHEET_IDS).includes(id));
  if (parts.length === 0)
    throw new FyndError('invalidInput', 'Choose at least one sheet.', { path: 'sheets' });
  const labels = excelLabels[options.language];
  const pseudonymise = options.pseudonymise ?? true;
  const now = options.now ?? new Date();
  const scope = reportScope(data, options.caseIds, options.themeIds);
  const scoped = scopeProjectData(data, scope);
  const pseudonyms = pseudonymise ? pseudonymiser(data.pseudonyms) : (text: string) => text;
  // Every string of the workbook passes here: pseudonyms replaced, what XML forbids removed.
  const clean = cached((text: string) => xmlSafeText(pseudonyms(text)));

  const totalRows = expectedRows(scoped, parts);

  return withAtomicOutput(resolve(options.path), async ({ stream, check }) => {
    options.onProgress?.(0, totalRows);
    const book = new ReportBook({
      stream,
      title: clean(`${labels.reportTitle} – ${data.project.name}`),
      created: now,
      headerText: clean(data.project.name),
      clean,
      totalRows,
      onProgress: options.onProgress,
      checkOutput: check,
      dateFormat: DATE_FORMATS[options.language],
    });
    const context = reportContext(
      book,
      scoped,
      data,
      labels,
      options.language,
      now,
      options.readText,
    );
    for (const part of parts) {
      if (part === 'summary') {
        await writeSummarySheet(context, {
          caseIds: scope.caseIds ? [...scope.caseIds] : null,
          themeIds: options.themeIds && options.themeIds.length > 0 ? options.themeIds : null,
          pseudonymise,
          sheetNames: parts.flatMap((p) => WORKSHEETS[p].map((key) => labels.sheets[key])),
        });
      } else {
        await WRITERS[part](context);
      }
    }
    return book.finish();
  });
}

/** Rows the report will have, for progress (close enough; the end reports the true count). */
function expectedRows(data: ProjectData, parts: readonly SheetId[]): number {
  const themes = data.themes.length + 1;
  const rows: Record<SheetId, number> = {
    summary: 22,
    codebook: data.themes.length,
    cases: data.cases.length + data.cases.reduce((n, c) => n + c.indicators.length, 0),
    matrix: 2 * themes + data.syntheses.length,
    quotes: data.codings.length,
    // Each pair of coders, three units, every theme and the overall row: an upper bound.
    agreement: 3 * themes * pairsOf(new Set(data.codings.map((c) => c.coderId)).size),
    findings: data.findings.length,
    recommendations: data.recommendations.length,
    evaluationMatrix: data.questions.length,
  };
  return parts.reduce((sum, p) => sum + rows[p], 0);
}

function pairsOf(coders: number): number {
  return (coders * (coders - 1)) / 2;
}

/** Memoises a text function for short, repeated strings (case names, theme paths, labels). */
function cached(fn: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    if (text.length > 200) return fn(text);
    let result = memo.get(text);
    if (result === undefined) {
      result = fn(text);
      if (memo.size < 20_000) memo.set(text, result);
    }
    return result;
  };
}
