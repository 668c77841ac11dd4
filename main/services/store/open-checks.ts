import { access, constants, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isCode } from './durable-file';
import { FyndError } from '../../../shared/errors';
import type { ProjectMeta, Source } from '../../../shared/model/entities';
import { emptyProjectData } from '../../../shared/model/project-data';
import {
  PROJECT_FORMAT,
  SCHEMA_VERSION,
  type ProjectFile,
} from '../../../shared/model/project-file';
import type { ProjectState } from '../../../shared/model/project-state';
import { findDanglingReferences } from '../../../shared/model/references';
import { notice, type Notice } from '../../../shared/notices';
import { listGoodBackups } from './backups';
import type { JournalReadResult } from './journal';
import type { SnapshotAdapter } from './snapshot-file';
import type { TextProblem } from './source-texts';

/** What the user is told about the journal read at open: a dropped tail, damage, a misfit. */
export function journalNotices(read: JournalReadResult): Notice[] {
  const notices: Notice[] = [];
  if (read.droppedTail) notices.push(notice('notice.droppedTail'));
  if (read.orphaned) notices.push(notice('notice.orphanedJournal'));
  for (const span of read.damaged) {
    notices.push(
      notice('notice.damagedJournal', {
        lines: span.lines.length > 0 ? span.lines.join(', ') : '–',
        seqs:
          span.firstSeq === span.lastSeq
            ? String(span.firstSeq)
            : `${span.firstSeq}–${span.lastSeq}`,
        later: span.laterEdits,
        file: read.keptAs ?? '',
      }),
    );
  }
  return notices;
}

/** Ids that point at nothing (after a damaged journal line, say), counted per collection. */
export function referenceNotices(state: ProjectState): Notice[] {
  const dangling = findDanglingReferences(state);
  if (dangling.length === 0) return [];
  const perCollection = new Map<string, number>();
  for (const d of dangling) perCollection.set(d.coll, (perCollection.get(d.coll) ?? 0) + 1);
  const detail = [...perCollection].map(([coll, count]) => `${coll} ${count}`).join(', ');
  return [notice('notice.danglingReferences', { count: dangling.length, detail })];
}

/** Sources whose text file is missing or changed, named (the first few) and counted. */
export function sourceTextNotices(
  sources: readonly Source[],
  problems: ReadonlyMap<string, TextProblem>,
): Notice[] {
  const notices: Notice[] = [];
  const keys = {
    missing: 'notice.sourceTextsMissing',
    unreadable: 'notice.sourceTextsUnreadable',
    changed: 'notice.sourceTextsChanged',
  } as const;
  for (const problem of ['missing', 'unreadable', 'changed'] as const) {
    const titles = sources.filter((s) => problems.get(s.id) === problem).map((s) => s.title);
    if (titles.length === 0) continue;
    const named = titles.slice(0, 3).map((t) => `”${t}”`);
    if (titles.length > 3) named.push('…');
    notices.push(
      notice(keys[problem], {
        count: titles.length,
        titles: named.join(', '),
      }),
    );
  }
  return notices;
}

/** A new project's first snapshot. */
export function emptyFile(meta: ProjectMeta): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    seq: 0,
    saved: new Date().toISOString(),
    data: emptyProjectData(meta),
    history: { undo: [], redo: [] },
  };
}

/** Reads project.json; a damaged one names the good backups the user may restore. */
export async function readSnapshot(adapter: SnapshotAdapter, dir: string): Promise<ProjectFile> {
  try {
    const file = await adapter.read();
    if (!file) throw new FyndError('projectNotFound', 'No Fynd project in this folder.', { dir });
    return file;
  } catch (error) {
    if (error instanceof FyndError && error.code === 'projectCorrupt') {
      const backups = await listGoodBackups(dir);
      throw new FyndError('projectCorrupt', error.message, error.params, backups);
    }
    throw error;
  }
}

/**
 * That a folder holds a project.json Fynd may read: a folder it may not read is not "no project"
 * (nor is a file it may not read "damaged").
 */
export async function assertSnapshotThere(dir: string): Promise<void> {
  try {
    await access(join(dir, 'project.json'), constants.R_OK);
  } catch (error) {
    if (isCode(error, 'EACCES', 'EPERM')) {
      throw new FyndError('folderNotReadable', 'Fynd may not read this folder.', { dir });
    }
    if (isCode(error, 'ENOENT', 'ENOTDIR')) {
      throw new FyndError('projectNotFound', 'No Fynd project in this folder.', { dir });
    }
    throw error;
  }
}

/** Whether a path exists. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
