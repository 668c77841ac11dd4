import type { FyndErrorData } from '../../../shared/errors';

/**
 * Pure planning for an import from the browser: which files can be sent at all, and how to
 * split them into calls that fit the host's request limit.
 */

/** What the file input offers (the importers read these; others get a clear message). */
export const IMPORT_ACCEPT = '.txt,.md,.docx,.pdf,.text,.markdown';

const MB = 1024 * 1024;
// The importers' own limits (main/services/import): 20 MB of text; a .docx unpacks to text. A
// PDF may be larger there, but one call carries at most 60 million base64 characters (45 MB).
const TEXT_LIMIT_MB = 20;
const PACKED_LIMIT_MB = 40;
/** Raw bytes per call: base64 adds a third, and the devhost takes 96 MB per request. */
export const MAX_BATCH_BYTES = 48 * MB;

/**
 * A file too large to send is refused here with the importer's own message, so a 50 MB text
 * is not uploaded only to be turned away. Null when the file may go.
 */
export function precheckFile(name: string, size: number): FyndErrorData | null {
  const limit = /\.(docx|pdf)$/i.test(name) ? PACKED_LIMIT_MB : TEXT_LIMIT_MB;
  if (size <= limit * MB) return null;
  return {
    code: 'fileTooLarge',
    message: 'The file is too large to import.',
    params: { megabytes: Math.round(size / MB), limit },
  };
}

/** Splits files into batches of at most `maxBytes` (a larger single file gets its own). */
export function batchBySize<T extends { size: number }>(
  files: readonly T[],
  maxBytes = MAX_BATCH_BYTES,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (bytes + file.size > maxBytes || current.length >= 200)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

const formatNames: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
  docx: 'Word (.docx)',
  pdf: 'PDF',
};

/** How a file was read, as people write it: "Windows-1252", "Word (.docx)". */
export function formatLabel(format: string): string {
  return formatNames[format.toLowerCase()] ?? format;
}

/** Whether a drag carries files (rather than text or a link). */
export function carriesFiles(types: readonly string[]): boolean {
  return types.includes('Files');
}

/** A file size for people: "840 B", "12 kB", "3,4 MB" (in the interface language). */
export function formatBytes(bytes: number, locale: string): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb).toLocaleString(locale)} kB`;
  return `${(kb / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
