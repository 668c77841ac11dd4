import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { tempDir } from './temp-dir';

/**
 * A project folder as Fynd wrote it in format 1, when a coding named its coder in free text:
 * a snapshot whose undo history holds a deletion of Gustav's coding (undo brings it back),
 * and a journal after it with Bo's new coding and a change of the project's evaluator.
 */
export const V1 = {
  source: '00000000-0000-4000-8000-000000000a01',
  theme: '00000000-0000-4000-8000-000000000a02',
  ada: '00000000-0000-4000-8000-000000000c01',
  gustav: '00000000-0000-4000-8000-000000000c00',
  bo: '00000000-0000-4000-8000-000000000c02',
  text: 'Samverkan fungerade bra. Men ägarskapet saknades helt.',
} as const;

const at = '2025-05-01T10:00:00.000Z';

function coding(id: string, coder: string, start: number, end: number) {
  return {
    id,
    sourceId: V1.source,
    start,
    end,
    snippet: [...V1.text].slice(start, end).join(''),
    themeIds: [V1.theme],
    valence: 'neutral',
    memo: '',
    coder,
    created: at,
  };
}

const meta = (evaluator: string) => ({
  id: '00000000-0000-4000-8000-000000000a00',
  name: 'Gammalt projekt',
  description: '',
  language: 'sv',
  evaluator,
  created: at,
});

/** A journal line as format 1 wrote it (the entry's JSON with its CRC-32). */
function line(entry: object): string {
  const json = JSON.stringify(entry);
  return `${json.slice(0, -1)},"crc":"${crc32(json).toString(16).padStart(8, '0')}"}\n`;
}

/** The v1 files, as text, so a test can compare them with what was kept aside. */
export function v1Files(): { snapshot: string; journal: string } {
  const ada = coding(V1.ada, 'Ada', 0, 24);
  const gustav = coding(V1.gustav, 'Gustav', 25, 53);
  const bo = coding(V1.bo, 'Bo', 25, 53);
  const snapshot = {
    format: 'fynd-project',
    schemaVersion: 1,
    seq: 2,
    saved: at,
    data: {
      project: meta('Eva'),
      cases: [],
      respondents: [],
      sources: [
        {
          id: V1.source,
          title: 'Intervju',
          kind: 'interview',
          caseId: null,
          respondentIds: [],
          date: null,
          interviewer: '',
          length: [...V1.text].length,
          origin: null,
          imported: at,
        },
      ],
      themes: [
        {
          id: V1.theme,
          parentId: null,
          name: 'Samverkan',
          colour: '#336699',
          definition: '',
          inclusion: '',
          exclusion: '',
          example: '',
          order: 0,
        },
      ],
      codings: [ada],
      memos: [],
      findings: [],
      recommendations: [],
      questions: [],
      pseudonyms: [],
      syntheses: [],
    },
    history: {
      undo: [
        {
          label: { action: 'codings.add' },
          ops: [{ op: 'put', coll: 'codings', value: ada }],
          inverse: [{ op: 'del', coll: 'codings', id: V1.ada }],
        },
        {
          label: { action: 'codings.delete' },
          ops: [{ op: 'del', coll: 'codings', id: V1.gustav }],
          inverse: [{ op: 'put', coll: 'codings', value: gustav, at: 1 }],
        },
      ],
      redo: [],
    },
  };
  const journal =
    line({
      seq: 3,
      at,
      kind: 'edit',
      label: { action: 'codings.add' },
      ops: [{ op: 'put', coll: 'codings', value: bo }],
    }) +
    line({
      seq: 4,
      at,
      kind: 'edit',
      label: { action: 'project.update' },
      ops: [{ op: 'meta', value: meta('Eva Berg') }],
    });
  return { snapshot: JSON.stringify(snapshot), journal };
}

/** Writes the v1 project into a new folder and answers the folder. */
export async function writeV1Project(): Promise<string> {
  const dir = join(await tempDir(), 'gammalt.fynd');
  await mkdir(join(dir, 'sources'), { recursive: true });
  const { snapshot, journal } = v1Files();
  await writeFile(join(dir, 'sources', `${V1.source}.txt`), V1.text);
  await writeFile(join(dir, 'project.json'), snapshot);
  await writeFile(join(dir, 'journal.jsonl'), journal);
  return dir;
}
