import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { FyndError } from '../../../shared/errors';
import { unpackWithinBounds, type UnpackedEntry } from '../import/zip-guard';
import { MAX_QDE_BYTES } from './qde-parser';

/** Where a project's files are read from: a .qdpx archive, or a folder holding project.qde. */
export interface QdeContainer {
  /** The project.qde (or .qdc) text. */
  qde: string;
  /** A file the project names by an internal:// (or bare) path, or null when absent. */
  internal(path: string): Promise<Uint8Array | null>;
  /** The folder relative:// paths resolve against when the project names no basePath. */
  folder: string;
  /** Archive entries with unsafe names (`../`, absolute), never read. */
  unsafeEntries: string[];
}

/** Whether a path inside an archive or folder stays inside it. */
export function isSafeEntryName(name: string): boolean {
  if (name.includes('\0') || name.includes('\\')) return false;
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return false;
  return !name.split('/').some((part) => part === '..');
}

/**
 * Opens a .qdpx archive in memory: every entry inflated once behind the zip-bomb guard (which
 * counts the bytes as they come out), then read by name.
 */
export async function openQdpx(file: string): Promise<QdeContainer> {
  const bytes = await readFile(file);
  let unpacked: UnpackedEntry[];
  try {
    // One pass: the guard inflated every entry to count it and the import then inflated each
    // again; now what the guard inflates is what is read.
    unpacked = unpackWithinBounds(bytes);
  } catch (error) {
    if (error instanceof FyndError && error.code === 'fileTooLarge') throw error;
    throw notAnArchive();
  }
  const entries = new Map<string, Uint8Array>();
  const unsafeEntries: string[] = [];
  for (const entry of unpacked) {
    if (entry.name.endsWith('/')) continue;
    if (!isSafeEntryName(entry.name)) unsafeEntries.push(entry.name);
    else entries.set(entry.name.toLowerCase(), entry.data);
  }
  const qdeEntry = [...entries.entries()]
    .filter(([name]) => name === 'project.qde' || name.endsWith('/project.qde'))
    .sort((a, b) => a[0].length - b[0].length)[0];
  if (!qdeEntry) throw notAnArchive();
  const prefix = qdeEntry[0].slice(0, -'project.qde'.length);
  const qde = decodeXml(qdeEntry[1]);
  return {
    qde,
    folder: dirname(resolve(file)),
    unsafeEntries,
    internal(path) {
      if (!isSafeEntryName(path)) return Promise.resolve(null);
      // NVivo for Windows writes `Sources/`, everyone else `sources/`.
      const entry =
        entries.get(`${prefix}sources/${path}`.toLowerCase()) ??
        entries.get(`${prefix}${path}`.toLowerCase());
      return Promise.resolve(entry ?? null);
    },
  };
}

/** Opens a project.qde lying in a folder (an unpacked project), its texts in `sources/` beside it. */
export async function openQdeFile(file: string): Promise<QdeContainer> {
  const info = await stat(file);
  if (info.size > MAX_QDE_BYTES) {
    throw new FyndError('fileTooLarge', 'project.qde is too large.', {
      megabytes: Math.round(info.size / (1024 * 1024)),
      limit: MAX_QDE_BYTES / (1024 * 1024),
    });
  }
  const folder = dirname(resolve(file));
  return {
    qde: decodeXml(await readFile(file)),
    folder,
    unsafeEntries: [],
    async internal(path) {
      if (!isSafeEntryName(path)) return null;
      for (const candidate of [join(folder, 'sources', path), join(folder, 'Sources', path)]) {
        const bytes = await readFile(candidate).catch(() => null);
        if (bytes) return bytes;
      }
      return null;
    },
  };
}

/** A file named by relative:// or absolute://, read from disk only if it is a plain file. */
export async function readExternal(path: string): Promise<Uint8Array | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  return readFile(path).catch(() => null);
}

/** Resolves a relative:// path against the project's basePath, or the file's own folder. */
export function resolveRelative(basePath: string, folder: string, path: string): string {
  // A relative path may climb (`../media`), as tools write it; such a file is only ever read.
  return resolve(basePath && isAbsolute(basePath) ? basePath : folder, path);
}

function decodeXml(bytes: Uint8Array): string {
  if (bytes.length > MAX_QDE_BYTES) {
    throw new FyndError('fileTooLarge', 'project.qde is too large.', {
      megabytes: Math.round(bytes.length / (1024 * 1024)),
      limit: MAX_QDE_BYTES / (1024 * 1024),
    });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function notAnArchive(): FyndError {
  return new FyndError('refiNotAnArchive', 'The file is not a REFI-QDA project archive (.qdpx).');
}
