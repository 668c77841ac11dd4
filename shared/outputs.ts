import { z } from 'zod';
import { TaskIdSchema } from './host-events';
import { IdSchema, LanguageSchema } from './model/primitives';

/** The parts of the Excel evaluation report a user can choose, in workbook order. */
export const REPORT_PARTS = [
  'summary',
  'codebook',
  'cases',
  'matrix',
  'quotes',
  'agreement',
  'findings',
  'recommendations',
  'evaluationMatrix',
] as const;
export const ReportPartSchema = z.enum(REPORT_PARTS);
export type ReportPart = z.infer<typeof ReportPartSchema>;

/** Options every output shares: its language (default: the project's) and pseudonymisation. */
const outputBase = {
  language: LanguageSchema.optional(),
  /** Replace listed real names in every quote and text (on by default). */
  pseudonymise: z.boolean().default(true),
};

/** What goes into the Excel report, wherever it goes. */
const excelReportChoice = {
  ...outputBase,
  parts: z.array(ReportPartSchema).max(REPORT_PARTS.length).default([]),
  caseIds: z.array(IdSchema).max(10_000).default([]),
  themeIds: z.array(IdSchema).max(10_000).default([]),
  /** Names this export in its progress events (see shared/host-events.ts); none, no events. */
  taskId: TaskIdSchema.optional(),
};

/**
 * The report written to a file the user chose in the native save dialog (Electron). The path
 * must be absolute: main refuses a relative one (`pathNotAbsolute`) rather than guess a folder.
 */
export const ExcelReportInputSchema = z.strictObject({
  ...excelReportChoice,
  path: z.string().min(1).max(4096),
});

/**
 * The report handed to the browser fallback as the file's bytes: the browser saves it as a
 * download (its own "save as", folder and overwrite questions), never main at a typed path.
 */
export const ExcelDownloadInputSchema = z.strictObject(excelReportChoice);

/** What goes into the Word report (a draft to edit), wherever it goes. */
const wordReportChoice = {
  ...outputBase,
  caseIds: z.array(IdSchema).max(10_000).default([]),
};

/** The Word report written to a file the user chose (absolute, as every output path). */
export const WordReportInputSchema = z.strictObject({
  ...wordReportChoice,
  path: z.string().min(1).max(4096),
});

/** The Word report handed to the browser fallback as the file's bytes, to download. */
export const WordDownloadInputSchema = z.strictObject(wordReportChoice);

export const SheetsInputSchema = z.strictObject({
  ...outputBase,
  /** Recommendations to print, in their order; empty means all. */
  ids: z.array(IdSchema).max(1000).default([]),
});

export const PrintSheetsInputSchema = SheetsInputSchema.extend({
  /** The system print dialog, or a PDF written to `path`. */
  mode: z.enum(['print', 'pdf']),
  path: z.string().min(1).max(4096).nullable().default(null),
});

/** What a save dialog answers; the browser fallback has none and downloads instead. */
export const SavePathResultSchema = z.union([
  z.object({ canceled: z.literal(true) }),
  z.object({ canceled: z.literal(false), path: z.string() }),
  z.object({ unsupported: z.literal(true) }),
]);
