import type { BuiltProject } from '../../main/services/store/project-folder-writer';
import type { Coding } from '../../shared/model/entities';
import { emptyProjectData } from '../../shared/model/project-data';
import { PROJECT_FORMAT, ProjectFileSchema, SCHEMA_VERSION } from '../../shared/model/project-file';
import { TextOffsets } from '../../shared/model/text-offsets';

export interface BenchSize {
  sources: number;
  wordsPerSource: number;
  codings: number;
  themes: number;
  cases: number;
}

const WORDS = (
  'vi har samverkat med arbetsförmedlingen kring företagsbesök och utbildningar men det ' +
  'strategiska ägarskapet saknas ofta i kommunledningen och projektet blev personberoende ' +
  'när chefer byttes ut så att överenskommelser stannade i samverkansgruppen utan mandat ' +
  'lärlingsplatser skolan gymnasiet prognoser hårddata unga utrikesfödda kompetensförsörjning'
).split(' ');

/** A UUID-shaped id that is the same on every run. */
const id = (kind: number, n: number) =>
  `00000000-0000-4000-8${kind.toString(16)}00-${n.toString(16).padStart(12, '0')}`;

/**
 * A deterministic evaluation project of a given size, with real transcript texts and codings
 * on word boundaries, validated by the same schema the app reads.
 */
export function benchProject(size: BenchSize): BuiltProject {
  let seed = 12345;
  const random = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const created = '2026-01-01T00:00:00.000Z';
  const cases = Array.from({ length: size.cases }, (_, i) => ({
    id: id(1, i),
    name: `Kommun ${i + 1}`,
    type: 'municipality' as const,
    attributes: [{ key: 'Region', type: 'text' as const, value: `Region ${(i % 5) + 1}` }],
    indicators: [
      {
        id: id(9, i),
        name: 'Företagsbesök',
        value: 10 + (i % 90),
        unit: 'st',
        source: 'Bench',
        date: '2026-01-01',
        note: '',
      },
    ],
  }));
  const themes = Array.from({ length: size.themes }, (_, i) => ({
    id: id(2, i),
    parentId: i < 10 ? null : id(2, i % 10),
    name: `Tema ${i + 1}`,
    colour: '#7aa6d8',
    definition: '',
    inclusion: '',
    exclusion: '',
    example: '',
    order: i,
  }));
  const texts = new Map<string, string>();
  const sources = Array.from({ length: size.sources }, (_, i) => {
    const words: string[] = [];
    for (let w = 0; w < size.wordsPerSource; w++) {
      words.push(WORDS[random(WORDS.length)] ?? 'och');
      if (w % 80 === 79) words.push(w % 160 === 159 ? '\nI:' : '\nR:');
    }
    const text = `R: ${words.join(' ')}`;
    texts.set(id(3, i), text);
    return {
      id: id(3, i),
      title: `Intervju ${i + 1}`,
      kind: 'interview' as const,
      caseId: id(1, i % size.cases),
      respondentIds: [],
      date: '2026-01-01',
      interviewer: 'Bench',
      length: new TextOffsets(text).codePointLength,
      origin: null,
      imported: created,
    };
  });
  const codings: Coding[] = [];
  for (let i = 0; i < size.codings; i++) {
    const source = sources[i % sources.length];
    if (!source) break;
    const text = texts.get(source.id) ?? '';
    const start = text.indexOf(' ', random(Math.max(1, text.length - 400))) + 1;
    const end = text.indexOf(' ', start + 40 + random(200));
    const offsets = new TextOffsets(text);
    codings.push({
      id: id(4, i),
      sourceId: source.id,
      start,
      end,
      snippet: offsets.slice(start, end),
      themeIds: [id(2, random(size.themes))],
      valence: (['strength', 'weakness', 'mixed', 'neutral'] as const)[random(4)] ?? 'neutral',
      memo: '',
      coderId: id(11, 0),
      created,
    });
  }
  const file = ProjectFileSchema.parse({
    format: PROJECT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    seq: 0,
    saved: created,
    data: {
      ...emptyProjectData({
        id: id(5, 0),
        name: 'Bench',
        description: '',
        language: 'sv',
        evaluator: 'Bench',
        created,
      }),
      cases,
      sources,
      themes,
      codings,
      users: [{ id: id(11, 0), name: 'Bench' }],
    },
    history: { undo: [], redo: [] },
  });
  return { file, texts };
}
