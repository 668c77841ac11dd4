import { writeProjectFolder } from '../../main/services/store/project-folder-writer';
import { PROJECT_FORMAT, ProjectFileSchema, SCHEMA_VERSION } from '../../shared/model/project-file';
import type { ProjectData } from '../../shared/model/project-data';
import { emptyProjectData } from '../../shared/model/project-data';

export interface SyntheticOptions {
  cases?: number;
  sourcesPerCase?: number;
  /** Coded segments in all. */
  codings?: number;
  /** Root themes; each has `childrenPerRoot` sub-themes. */
  rootThemes?: number;
  childrenPerRoot?: number;
  /** Seed of the deterministic pseudo-random choices. */
  seed?: number;
}

const WORDS = (
  'vi har samverkat med arbetsförmedlingen kring företagsbesök och utbildningar men det ' +
  'strategiska ägarskapet saknas ofta i kommunledningen och projektet blev personberoende ' +
  'när chefer byttes ut så att överenskommelser stannade i samverkansgruppen utan mandat'
).split(' ');
const NAMES = ['Birgitta Holmgren', 'Lars-Erik Sjödin', 'Anneli Nordin', 'Jenny Åkerlund'];
const VALENCES = ['strength', 'weakness', 'mixed', 'neutral'] as const;

/** A UUID-shaped id that is the same on every run (kind 1–15, number n). */
function id(kind: number, n: number): string {
  return `00000000-0000-4000-8${kind.toString(16)}00-${n.toString(16).padStart(12, '0')}`;
}

/**
 * A large, deterministic project for benchmarks and load tests (default: 50 cases, 1,000
 * sources, 50,000 codings, 200 themes). Snippets are 20–60 words; every 25th names a person
 * listed in `pseudonyms`, every 10th has a memo.
 */
export function syntheticProject(options: SyntheticOptions = {}): ProjectData {
  const {
    cases: caseCount = 50,
    sourcesPerCase = 20,
    codings: codingCount = 50_000,
    rootThemes = 20,
    childrenPerRoot = 9,
    seed = 1,
  } = options;
  let state = seed >>> 0 || 1;
  const random = (n: number) => {
    // xorshift32: fast, and enough for picking words.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  const created = '2026-01-01T00:00:00.000Z';
  const cases = Array.from({ length: caseCount }, (_, i) => ({
    id: id(1, i),
    name: `Kommun ${i + 1}`,
    type: 'municipality' as const,
    attributes: [
      { key: 'Region', type: 'text' as const, value: `Region ${(i % 5) + 1}` },
      { key: 'Invånare', type: 'number' as const, value: 10_000 + i * 1_000 },
      { key: 'Start', type: 'date' as const, value: '2025-01-01' },
    ],
    indicators: [
      {
        id: id(2, i),
        name: 'Företagsbesök',
        value: random(500),
        unit: 'st',
        source: 'Slutrapport',
        date: '2025-12-31',
        note: '',
      },
    ],
  }));
  const respondents = cases.map((c, i) => ({
    id: id(3, i),
    pseudonym: `Respondent ${i + 1}`,
    role: 'Projektledare',
    organisation: c.name,
    caseId: c.id,
  }));
  const sources = cases.flatMap((c, i) =>
    Array.from({ length: sourcesPerCase }, (_, j) => ({
      id: id(4, i * sourcesPerCase + j),
      title: `Intervju ${j + 1}, ${c.name}`,
      kind: 'interview' as const,
      caseId: c.id,
      respondentIds: [id(3, i)],
      date: '2025-06-01',
      interviewer: 'Utvärderare',
      length: 1_000_000,
      origin: null,
      imported: created,
    })),
  );
  const themes = Array.from({ length: rootThemes }, (_, r) => [
    { id: id(5, r * 100), parentId: null, name: `Tema ${r + 1}`, order: r },
    ...Array.from({ length: childrenPerRoot }, (_, k) => ({
      id: id(5, r * 100 + k + 1),
      parentId: id(5, r * 100),
      name: `Undertema ${r + 1}.${k + 1}`,
      order: k,
    })),
  ])
    .flat()
    .map((t) => ({
      ...t,
      colour: '#4e79a7',
      definition: `Definition av ${t.name}`,
      inclusion: '',
      exclusion: '',
      example: '',
    }));
  const codings = Array.from({ length: codingCount }, (_, n) => {
    const words = Array.from({ length: 20 + random(41) }, () => WORDS[random(WORDS.length)]);
    if (n % 25 === 0) words.splice(3, 0, NAMES[random(NAMES.length)] ?? '');
    const snippet = words.join(' ');
    const start = (n % 50) * 1_000;
    return {
      id: id(6, n),
      sourceId: sources[Math.floor(n / Math.max(1, codingCount / sources.length))]?.id ?? id(4, 0),
      start,
      end: start + [...snippet].length,
      snippet,
      themeIds: [themes[random(themes.length)]?.id ?? id(5, 0)],
      valence: VALENCES[random(4)] ?? 'neutral',
      memo: n % 10 === 0 ? 'Återkommande mönster, jämför med andra kommuner.' : '',
      coderId: id(10, 0),
      created,
    };
  });
  const findings = Array.from({ length: 20 }, (_, f) => ({
    id: id(7, f),
    statement: `Slutsats ${f + 1}: samverkan fungerar operativt men saknar strategiskt ägarskap.`,
    themeIds: [themes[f * 10]?.id ?? id(5, 0)],
    codingIds: Array.from({ length: 8 }, (_, k) => id(6, (f * 2_017 + k * 613) % codingCount)),
    order: f,
  }));
  return {
    ...emptyProjectData({
      id: id(8, 0),
      name: 'Syntetiskt projekt',
      description: 'Genererat för prestandamätning.',
      language: 'sv',
      evaluator: 'Utvärderare',
      created,
    }),
    cases,
    respondents,
    sources,
    themes,
    codings,
    users: [{ id: id(10, 0), name: 'Utvärderare' }],
    findings,
    pseudonyms: NAMES.map((real, i) => ({ id: id(9, i), real, pseudonym: `Person ${i + 1}` })),
  };
}

/**
 * Writes a synthetic project into a new folder, as the app would find it. The source texts are
 * left out (a million characters each): enough for outputs and lists, not for the transcript.
 */
export async function writeSyntheticProject(
  dir: string,
  options: SyntheticOptions = {},
): Promise<ProjectData> {
  const data = syntheticProject(options);
  const file = ProjectFileSchema.parse({
    format: PROJECT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    seq: 0,
    saved: data.project.created,
    data,
    history: { undo: [], redo: [] },
  });
  await writeProjectFolder(dir, { file, texts: new Map() });
  return data;
}
