import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FyndError } from '../../shared/errors';
import type { ProjectData } from '../../shared/model/project-data';
import { ProjectState } from '../../shared/model/project-state';
import { TextOffsets } from '../../shared/model/text-offsets';
import { assertReferences } from './actions/references';
import { isCode } from './store/durable-file';
import { JOURNAL_FILE, parseJournal } from './store/journal';
import { SNAPSHOT_FILE } from './store/project-store';
import { parseSnapshot } from './store/snapshot-file';
import { SOURCES_FOLDER } from './store/source-texts';
import { collectionNames } from '../../shared/model/project-data';

/** A project as read from disk without taking its lock or writing anything. */
export interface InspectedProject {
  data: ProjectData;
  seq: number;
  /** Human-readable problems; empty when the folder is sound. */
  problems: string[];
}

/** Reads a project folder read-only: snapshot + journal, then checks texts and references. */
export async function inspectProject(dir: string): Promise<InspectedProject> {
  let raw: string;
  try {
    raw = await readFile(join(dir, SNAPSHOT_FILE), 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) {
      throw new FyndError('projectNotFound', 'No Fynd project in this folder.', { dir });
    }
    throw error;
  }
  const { file } = parseSnapshot(raw);
  const problems: string[] = [];
  const state = new ProjectState(file.data);
  let seq = file.seq;
  const journal = await readFile(join(dir, JOURNAL_FILE), 'utf8').catch(() => '');
  const parsed = parseJournal(journal, file.seq);
  for (const entry of parsed.entries) {
    state.apply(entry.ops);
    seq = entry.seq;
  }
  if (parsed.droppedTail)
    problems.push('journal.jsonl ends in an unfinished edit (it will be dropped on open).');
  if (parsed.orphaned) problems.push('journal.jsonl has edits that do not follow the snapshot.');

  for (const coll of collectionNames) {
    for (const entity of state.list(coll)) {
      try {
        assertReferences(state, coll, entity);
      } catch (error) {
        problems.push(
          `${coll} ${entity.id}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
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
    for (const coding of state.list('codings')) {
      if (coding.sourceId !== source.id) continue;
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
  return { data: state.data(), seq, problems };
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
