import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FyndError } from '../../shared/errors';
import type { ProjectData } from '../../shared/model/project-data';
import { ProjectState } from '../../shared/model/project-state';
import { findDanglingReferences } from '../../shared/model/references';
import { TextOffsets } from '../../shared/model/text-offsets';
import { isCode } from './store/durable-file';
import { faultPoint } from './store/fault-points';
import { JOURNAL_FILE, parseJournal, type JournalReadResult } from './store/journal';
import { judgeHolder, readLockHolder } from './store/project-lock';
import { SNAPSHOT_FILE } from './store/project-store';
import { parseSnapshot } from './store/snapshot-file';
import { SOURCES_FOLDER } from './store/source-texts';

/** A project as read from disk without taking its lock or writing anything. */
export interface InspectedProject {
  data: ProjectData;
  seq: number;
  /** Human-readable problems; empty when the folder is sound. */
  problems: string[];
  /** Whether a running Fynd has the project open (what was read is its last saved edit). */
  openInApp: boolean;
}

const MOMENT_ATTEMPTS = 50;

/**
 * Reads a project folder read-only, as of one moment: snapshot and journal together (a snapshot
 * rewritten while they were read means another try), then checks texts and references.
 */
export async function inspectProject(dir: string): Promise<InspectedProject> {
  for (let attempt = 0; attempt < MOMENT_ATTEMPTS; attempt++) {
    const moment = await readMoment(dir);
    if (moment) return checkMoment(dir, moment);
  }
  throw new FyndError('projectBusy', 'The project changed on every read; try again.', { dir });
}

interface Moment {
  snapshot: string;
  journal: string;
}

/**
 * The snapshot, then the journal, then the snapshot's identity again: when it is unchanged the
 * journal read belongs to it (compaction renames a new snapshot in before it trims the journal).
 */
async function readMoment(dir: string): Promise<Moment | null> {
  const snapshotPath = join(dir, SNAPSHOT_FILE);
  let handle;
  try {
    handle = await open(snapshotPath, 'r');
  } catch (error) {
    if (isCode(error, 'ENOENT')) {
      throw new FyndError('projectNotFound', 'No Fynd project in this folder.', { dir });
    }
    throw error;
  }
  let snapshot: string;
  let before;
  try {
    before = await handle.stat();
    snapshot = await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
  await faultPoint('inspect.afterSnapshot');
  const journal = await readFile(join(dir, JOURNAL_FILE), 'utf8').catch((error: unknown) => {
    if (isCode(error, 'ENOENT')) return '';
    throw error;
  });
  const after = await stat(snapshotPath).catch(() => null);
  const same =
    after !== null &&
    after.ino === before.ino &&
    after.size === before.size &&
    after.mtimeMs === before.mtimeMs;
  return same ? { snapshot, journal } : null;
}

async function checkMoment(dir: string, moment: Moment): Promise<InspectedProject> {
  const { file } = parseSnapshot(moment.snapshot, moment.journal);
  const state = new ProjectState(file.data);
  const parsed = parseJournal(moment.journal, file.seq);
  let seq = file.seq;
  for (const entry of parsed.entries) {
    state.apply(entry.ops);
    seq = entry.seq;
  }
  const problems = journalProblems(parsed);
  for (const d of findDanglingReferences(state)) {
    problems.push(`${d.coll} ${d.entityId}: ${d.field} points at a missing ${d.to} (${d.id}).`);
  }
  problems.push(...(await textProblems(dir, state)));
  return { data: state.data(), seq, problems, openInApp: await isOpenInApp(dir) };
}

function journalProblems(parsed: JournalReadResult): string[] {
  const problems: string[] = [];
  if (parsed.droppedTail) {
    problems.push('journal.jsonl ends in an unfinished edit (it will be dropped on open).');
  }
  if (parsed.orphaned) problems.push('journal.jsonl has edits that do not follow the snapshot.');
  for (const span of parsed.damaged) {
    const where = span.lines.length > 0 ? `line ${span.lines.join(', ')}` : 'missing lines';
    const lost =
      span.firstSeq === span.lastSeq
        ? `edit ${span.firstSeq}`
        : `edits ${span.firstSeq}–${span.lastSeq}`;
    problems.push(
      `journal.jsonl is damaged at ${where}: ${lost} cannot be read; the ${span.laterEdits} edit(s) after it are intact and will be applied on open.`,
    );
  }
  return problems;
}

async function textProblems(dir: string, state: ProjectState): Promise<string[]> {
  const problems: string[] = [];
  const codingsBySource = new Map<string, ReturnType<typeof state.list<'codings'>>[number][]>();
  for (const coding of state.list('codings')) {
    const list = codingsBySource.get(coding.sourceId) ?? [];
    list.push(coding);
    codingsBySource.set(coding.sourceId, list);
  }
  for (const source of state.list('sources')) {
    let text: string;
    try {
      text = await readFile(join(dir, SOURCES_FOLDER, `${source.id}.txt`), 'utf8');
    } catch {
      problems.push(`Source "${source.title}": its text file is missing.`);
      continue;
    }
    const offsets = new TextOffsets(text);
    if (offsets.codePointLength !== source.length) {
      problems.push(
        `Source "${source.title}": text length ${offsets.codePointLength}, expected ${source.length}.`,
      );
    }
    for (const coding of codingsBySource.get(source.id) ?? []) {
      if (
        coding.end > offsets.codePointLength ||
        offsets.slice(coding.start, coding.end) !== coding.snippet
      ) {
        problems.push(
          `Coding ${coding.id} in "${source.title}": its snippet no longer matches the text.`,
        );
      }
    }
  }
  return problems;
}

/** Whether the folder's lock is held by a Fynd that still runs (or cannot be proven gone). */
async function isOpenInApp(dir: string): Promise<boolean> {
  const holder = await readLockHolder(dir);
  // The CLI reads without a lock, so a lock of this very process is a leftover.
  return holder !== null && holder.pid !== process.pid && judgeHolder(holder) !== 'stale';
}

/** The counts `fynd info` prints. */
export function projectCounts(data: ProjectData): Record<string, number> {
  return {
    cases: data.cases.length,
    sources: data.sources.length,
    respondents: data.respondents.length,
    themes: data.themes.length,
    codings: data.codings.length,
    findings: data.findings.length,
    recommendations: data.recommendations.length,
    questions: data.questions.length,
    memos: data.memos.length,
  };
}
