import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { FyndError } from '../../../shared/errors';
import { syncFolder } from '../store/durable-file';
import { writeFailed } from './write-failure';

/** What a writer gets: the stream to fill, and a check that throws once the stream has failed. */
export interface OutputStream {
  stream: Writable;
  /** Throws the stream's error, if any, so a long write stops early. */
  check: () => void;
}

/*
 * Every output a user saves (the Excel report, the sheets as HTML or PDF, and what comes next:
 * .docx, .qdpx) is written here: whole or not at all, over the target only once complete. The
 * project folder's own files go through `store/durable-file.ts` instead (private mode, no
 * target checks, their errors are about saving the project).
 */

/**
 * Streams a file into place atomically: `write` fills a temporary file beside the target and
 * resolves when it has ended the stream; the file is then synced and renamed over the target.
 * On any failure the temporary file is removed and the target is left as it was. System errors
 * become FyndError 'writeFailed' (see `writeFailed`).
 */
export async function withAtomicOutput<T>(
  path: string,
  write: (output: OutputStream) => Promise<T>,
): Promise<T> {
  await checkTarget(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx', mode: 0o644 });
  let streamError: unknown = null;
  const failed = new Promise<never>((_, reject) => {
    // `on`, not `once`: a second error after the first must not go unhandled.
    stream.on('error', (error) => {
      streamError ??= error;
      reject(error);
    });
  });
  failed.catch(() => undefined);
  const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  // A missing folder or a refused file shows here, before any work is done.
  try {
    await Promise.race([once(stream, 'ready'), failed]);
  } catch (error) {
    throw writeFailed(error, path);
  }
  try {
    const writing = write({
      stream,
      check: () => {
        if (streamError) throw streamError;
      },
    });
    writing.catch(() => undefined);
    // A stream that fails mid-way never finishes: race it, or the write would wait forever.
    const result = await Promise.race([writing, failed]);
    await Promise.race([closed, failed]);
    await syncFile(temp);
    await rename(temp, path);
    await syncFolder(dirname(path)).catch(() => undefined);
    return result;
  } catch (error) {
    stream.destroy();
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeFailed(error, path);
  }
}

/**
 * Fails before any work where the target cannot be replaced: a folder, or a file that cannot
 * be opened for writing (on Windows: open in Excel, which holds it locked).
 */
async function checkTarget(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  // A missing target is the usual case; a missing folder shows when the temp file is made.
  if (!info) return;
  if (info.isDirectory()) {
    throw new FyndError('writeFailed', `${path} is a folder, not a file.`, {
      reason: 'other',
      path,
      code: 'EISDIR',
    });
  }
  if (!info.isFile()) return;
  try {
    const existing = await open(path, 'r+');
    await existing.close();
  } catch (error) {
    throw writeFailed(error, path);
  }
}

/** Flushes a written file to the disk before it is renamed into place. */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes a whole output (HTML, a PDF's bytes) atomically, as `withAtomicOutput` does a stream. */
export function writeOutputFile(path: string, content: string | Uint8Array): Promise<void> {
  return withAtomicOutput(path, async ({ stream }) => {
    stream.end(content);
    await once(stream, 'finish');
  });
}
