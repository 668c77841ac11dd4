import { z } from 'zod';

/**
 * Every failure the user can meet has a code; the renderer and the command line translate the
 * code (shared/i18n) and fill in the params. `message` is an English fallback for logs.
 */
export const errorCodes = [
  'invalidInput',
  'invalidText',
  'unknownOperation',
  'noProjectOpen',
  'notFound',
  'projectNotFound',
  'folderNotReadable',
  'folderMissing',
  'projectCorrupt',
  'projectTooNew',
  'projectLocked',
  'projectLockedElsewhere',
  'projectTakenOver',
  'projectBusy',
  'folderNotEmpty',
  'notAProject',
  'writeFailed',
  'readOnly',
  'nothingToUndo',
  'nothingToRedo',
  'invalidReference',
  'invalidRange',
  'themeNameTaken',
  'searchTooSlow',
  'tooFewCoders',
  'coderNotFound',
  'mergeUnknownKind',
  'sourceTextUnavailable',
  'emptyFile',
  'binaryFile',
  'fileTooLarge',
  'corruptFile',
  'unsupportedFile',
  'refiNotAnArchive',
  'refiBadXml',
  'refiDoctype',
  'refiNotACodebook',
  'themeNotCodable',
  'pdfNoText',
  'pdfEncrypted',
  'pdfDamaged',
  'pdfTooManyPages',
  'outputLocked',
  'outputFailed',
  'pathNotAbsolute',
  'unauthorized',
  'connectionLost',
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type ErrorParams = z.infer<typeof ErrorParamsSchema>;

export const FyndErrorDataSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  params: ErrorParamsSchema,
  /** Choices the user can take (e.g. backups to restore after a corrupt project). */
  choices: z.array(z.string()).optional(),
});
export type FyndErrorData = z.infer<typeof FyndErrorDataSchema>;

/** An expected failure with a code the user interface can translate. */
export class FyndError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params: ErrorParams = {},
    readonly choices?: string[],
  ) {
    super(message);
    this.name = 'FyndError';
  }

  toData(): FyndErrorData {
    const data: FyndErrorData = { code: this.code, message: this.message, params: this.params };
    if (this.choices) data.choices = this.choices;
    return data;
  }
}

/** Turns anything thrown into the wire form, hiding internals behind 'internal'. */
export function toErrorData(error: unknown): FyndErrorData {
  if (error instanceof FyndError) return error.toData();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message, params: { detail: message.slice(0, 500) } };
}
