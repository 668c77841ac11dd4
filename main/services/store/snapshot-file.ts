import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { FyndError } from '../../../shared/errors';
import {
  ProjectFileHeaderSchema,
  ProjectFileSchema,
  SCHEMA_VERSION,
  type ProjectFile,
} from '../../../shared/model/project-file';
import { isCode, writeFileDurably } from './durable-file';
import { JOURNAL_FILE } from './journal';
import { migrate } from './migrations';
import { serialiseInSlices } from './snapshot-serialiser';

/** What reading a snapshot found, beyond its data. */
export interface SnapshotRead {
  file: ProjectFile;
  /** The format it was written in, before migration. */
  fromVersion: number;
}

/**
 * lowdb adapter for project.json: reads through the header check, migrations and the full
 * schema; writes durably (lowdb's own JSONFile renames but never fsyncs).
 */
export class SnapshotAdapter implements Adapter<ProjectFile> {
  lastFromVersion = 0;

  constructor(readonly path: string) {}

  async read(): Promise<ProjectFile | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw error;
    }
    const { file, fromVersion } = parseSnapshot(raw, await this.journalIfOlder(raw));
    this.lastFromVersion = fromVersion;
    return file;
  }

  /** The journal beside an older snapshot, which its migration may need (its coder names). */
  private async journalIfOlder(raw: string): Promise<string> {
    const version = /"schemaVersion":\s*(\d+)/.exec(raw.slice(0, 200))?.[1];
    if (version !== undefined && Number(version) >= SCHEMA_VERSION) return '';
    try {
      return await readFile(join(dirname(this.path), JOURNAL_FILE), 'utf8');
    } catch (error) {
      if (isCode(error, 'ENOENT')) return '';
      throw error;
    }
  }

  async write(data: ProjectFile): Promise<void> {
    // Sliced, so a large project's compaction never holds up an edit for long.
    await writeFileDurably(this.path, await serialiseInSlices(data));
  }
}

/** Opens the snapshot as a lowdb database. */
export function snapshotDb(path: string, initial: ProjectFile): Low<ProjectFile> {
  return new Low(new SnapshotAdapter(path), initial);
}

/**
 * Parses project.json text: foreign, damaged and newer files each get their own error. An older
 * file is migrated; `journal` is the journal text beside it, read by migrations that need it.
 */
export function parseSnapshot(raw: string, journal = ''): SnapshotRead {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new FyndError('projectCorrupt', 'project.json is not valid JSON.', {});
  }
  const header = ProjectFileHeaderSchema.safeParse(json);
  if (!header.success) {
    throw new FyndError('notAProject', 'project.json is not a Fynd project.', {});
  }
  const migrated = migrate(
    json as Record<string, unknown>,
    header.data.schemaVersion,
    undefined,
    undefined,
    { journal },
  );
  const parsed = ProjectFileSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FyndError('projectCorrupt', 'project.json does not match the Fynd format.', {
      path: issue ? issue.path.join('.') : '',
      detail: issue?.message ?? '',
    });
  }
  return { file: parsed.data, fromVersion: header.data.schemaVersion };
}
