import { z } from 'zod';
import type { Coding } from './model/entities';
import type { ProjectView } from './model/project-data';
import { IdSchema } from './model/primitives';

/**
 * REFI-QDA interchange from the app: the schemas of its contract operations (the project as
 * .qdpx, the codebook as .qdc, a .qdc into the open project by path or by its bytes, the native
 * open dialog) and the one count of what other
 * tools will not see, read by the export dialog and the command line alike.
 */

/** How exported offsets count: UTF-16 code units (NVivo, ATLAS.ti, MAXQDA) or code points (QualCoder). */
export const RefiOffsetsSchema = z.enum(['utf16', 'codepoints']);
export type RefiOffsets = z.infer<typeof RefiOffsetsSchema>;

/** The whole project (.qdpx, offsets chosen) or its codebook (.qdc). */
export const RefiFormatSchema = z.enum(['qdpx', 'qdc']);
export type RefiFormat = z.infer<typeof RefiFormatSchema>;

const refiExportChoice = {
  format: RefiFormatSchema,
  offsets: RefiOffsetsSchema.default('utf16'),
};

/** An export written to a file the user chose (absolute, as every output path). */
export const RefiExportInputSchema = z.strictObject({
  ...refiExportChoice,
  path: z.string().min(1).max(4096),
});

/** An export handed to the browser fallback as the file's bytes, to download. */
export const RefiDownloadInputSchema = z.strictObject(refiExportChoice);

/** What the native save dialog is asked for. */
export const RefiSavePathInputSchema = z.strictObject({
  format: RefiFormatSchema,
  defaultName: z.string().max(200),
});

/** What the native open dialog is asked for: a REFI-QDA file of one kind. */
export const RefiOpenPathInputSchema = z.strictObject({ format: RefiFormatSchema });

/** The largest .qdc the browser fallback may send as bytes (codebooks are a few kilobytes). */
export const MAX_QDC_BYTES = 16 * 1024 * 1024;

/** A .qdc codebook (a path on this computer) merged under a theme, or at the top. */
export const CodebookImportInputSchema = z.strictObject({
  file: z.string().min(1).max(4096),
  parentId: IdSchema.nullable(),
});

/**
 * The same, for the browser fallback, which has no path: the file's name (for the edit's label)
 * and its bytes as base64, at most MAX_QDC_BYTES of them.
 */
export const CodebookDataInputSchema = z.strictObject({
  name: z.string().min(1).max(500),
  base64: z.base64().max(Math.ceil(MAX_QDC_BYTES / 3) * 4),
  parentId: IdSchema.nullable(),
});

export const CodebookImportOutputSchema = z.object({
  /** Themes added (sub-themes included). */
  added: z.number().int().nonnegative(),
  /** Names a theme at the same level already had: not added again. */
  existing: z.array(z.string()),
});

/** What only Fynd reads back from an export: each kind and how many this project has. */
export const unseenKinds = [
  'valences',
  'findings',
  'recommendations',
  'questions',
  'indicators',
  'syntheses',
  'respondents',
  'pseudonyms',
  'themeGuidance',
] as const;
export type UnseenKind = (typeof unseenKinds)[number];

/** Whether a coding's valence is something other tools will not see (neutral is no valence). */
export function carriesValence(coding: Pick<Coding, 'valence'>): boolean {
  return coding.valence !== 'neutral';
}

/** How many codings carry a valence. */
export function valencedCount(codings: readonly Pick<Coding, 'valence'>[]): number {
  return codings.filter(carriesValence).length;
}

/**
 * Counts of what REFI-QDA has no place for, carried only in the export's "Fynd" note: codings
 * with a valence, findings, recommendations, questions, indicators, syntheses, respondents,
 * pseudonyms, and themes with inclusion/exclusion criteria or an example.
 */
export function unseenByOtherTools(
  data: Omit<ProjectView, 'codings'>,
  valenced: number,
): Record<UnseenKind, number> {
  return {
    valences: valenced,
    findings: data.findings.length,
    recommendations: data.recommendations.length,
    questions: data.questions.length,
    indicators: data.cases.reduce((n, c) => n + c.indicators.length, 0),
    syntheses: data.syntheses.length,
    respondents: data.respondents.length,
    pseudonyms: data.pseudonyms.length,
    themeGuidance: data.themes.filter((t) => t.inclusion || t.exclusion || t.example).length,
  };
}
