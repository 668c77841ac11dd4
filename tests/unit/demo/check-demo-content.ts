/**
 * Checks of the hand-written demo content (authoring rules the builder cannot see: word counts,
 * quotes that occur once, distinct colours, findings backed by several cases…).
 */
import type { DemoProjectSpec } from '../../../main/services/demo/demo-spec';

export interface DemoCheckReport {
  problems: string[];
  summary: string[];
}

const SPEAKER = /^(I|R|R\d+):$/;
const TURN = /^(I|R|R\d+): \S/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HEX = /^#[0-9a-f]{6}$/i;

/** Words of a transcript: tokens with a letter or digit, speaker labels not counted. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token) && !SPEAKER.test(token))
    .length;
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return count;
    count += 1;
    from = at + 1;
  }
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function isValidDate(iso: string): boolean {
  return ISO_DATE.test(iso) && !Number.isNaN(Date.parse(`${iso}T00:00:00Z`));
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

export function checkDemoContent(spec: DemoProjectSpec): DemoCheckReport {
  const problems: string[] = [];
  const summary: string[] = [];
  const fail = (message: string) => problems.push(message);

  // Counts.
  const inRange = (label: string, n: number, min: number, max: number) => {
    if (n < min || n > max) fail(`${label}: ${n}, expected ${min}–${max}`);
  };
  inRange('sources', spec.sources.length, 12, 1000);
  inRange('codings', spec.codings.length, 80, 90);
  inRange('themes', spec.themes.length, 10, 16);
  inRange('findings', spec.findings.length, 6, 6);
  inRange('recommendations', spec.recommendations.length, 3, 3);
  inRange('questions', spec.questions.length, 4, 6);

  // Unique slugs.
  const slugGroups: [string, string[]][] = [
    ['case', spec.cases.map((c) => c.slug)],
    ['respondent', spec.respondents.map((r) => r.slug)],
    ['source', spec.sources.map((s) => s.slug)],
    ['theme', spec.themes.map((t) => t.slug)],
    ['coding', spec.codings.flatMap((c) => (c.slug ? [c.slug] : []))],
    ['finding', spec.findings.map((f) => f.slug)],
    ['recommendation', spec.recommendations.map((r) => r.slug)],
    ['question', spec.questions.map((q) => q.slug)],
  ];
  for (const [kind, slugs] of slugGroups) {
    for (const d of duplicates(slugs)) fail(`duplicate ${kind} slug "${d}"`);
  }

  const caseSlugs = new Set(spec.cases.map((c) => c.slug));
  const respondentSlugs = new Set(spec.respondents.map((r) => r.slug));
  const themeSlugs = new Set(spec.themes.map((t) => t.slug));
  const codingSlugs = new Set(spec.codings.flatMap((c) => (c.slug ? [c.slug] : [])));
  const findingSlugs = new Set(spec.findings.map((f) => f.slug));
  const indicatorNames = new Set(spec.cases.flatMap((c) => c.indicators.map((i) => i.name)));
  const sourcesBySlug = new Map(spec.sources.map((s) => [s.slug, s]));
  const codingsBySlug = new Map(spec.codings.flatMap((c) => (c.slug ? [[c.slug, c]] : [])));
  const resolve = (what: string, set: Set<string>, slug: string | null, where: string) => {
    if (slug !== null && !set.has(slug)) fail(`${where}: unknown ${what} "${slug}"`);
  };

  // Cases and indicators.
  for (const c of spec.cases) {
    for (const a of c.attributes) {
      const ok =
        (a.type === 'text' && typeof a.value === 'string') ||
        (a.type === 'number' && typeof a.value === 'number') ||
        (a.type === 'boolean' && typeof a.value === 'boolean') ||
        (a.type === 'date' && typeof a.value === 'string' && isValidDate(a.value));
      if (!ok) fail(`case ${c.slug}: attribute "${a.key}" does not match type ${a.type}`);
    }
    if (c.type === 'municipality' && c.indicators.length < 2) {
      fail(`case ${c.slug}: municipality has ${c.indicators.length} indicators, expected ≥ 2`);
    }
    for (const i of c.indicators) {
      if (!isValidDate(i.date) || i.date < '2011-01-01' || i.date > '2012-12-31') {
        fail(`case ${c.slug}: indicator "${i.name}" has date ${i.date} outside 2011–2012`);
      }
      if (!i.unit || !i.source || !i.note)
        fail(`case ${c.slug}: indicator "${i.name}" lacks unit, source or note`);
    }
  }
  for (const r of spec.respondents) resolve('case', caseSlugs, r.caseSlug, `respondent ${r.slug}`);

  // Sources: references, format, word counts.
  const wordCounts: string[] = [];
  let totalWords = 0;
  for (const s of spec.sources) {
    resolve('case', caseSlugs, s.caseSlug, `source ${s.slug}`);
    for (const r of s.respondentSlugs)
      resolve('respondent', respondentSlugs, r, `source ${s.slug}`);
    if (!isValidDate(s.date)) fail(`source ${s.slug}: invalid date ${s.date}`);
    if (s.text.includes('`') || s.text.includes('${'))
      fail(`source ${s.slug}: backtick or \${ in text`);
    const paragraphs = s.text.trim().split(/\n\s*\n/);
    paragraphs.forEach((p, index) => {
      if (!TURN.test(p))
        fail(`source ${s.slug}: paragraph ${index + 1} does not start with a speaker turn`);
    });
    const words = countWords(s.text);
    totalWords += words;
    wordCounts.push(`${s.slug}: ${words}`);
    if (words < 400 || words > 1500) fail(`source ${s.slug}: ${words} words, expected 400–1,500`);
  }

  // Themes: tree and colours.
  for (const t of spec.themes) {
    resolve('theme', themeSlugs, t.parentSlug, `theme ${t.slug}`);
    if (t.parentSlug === t.slug) fail(`theme ${t.slug} is its own parent`);
    if (!HEX.test(t.colour)) fail(`theme ${t.slug}: invalid colour ${t.colour}`);
    else {
      const lum = luminance(rgb(t.colour));
      if (lum < 0.1 || lum > 0.75)
        fail(
          `theme ${t.slug}: colour ${t.colour} has luminance ${lum.toFixed(2)}, expected 0.10–0.75`,
        );
    }
    for (const field of ['definition', 'inclusion', 'exclusion', 'example'] as const) {
      if (t[field].trim().length < 20) fail(`theme ${t.slug}: ${field} is too short`);
    }
  }
  for (const d of duplicates(spec.themes.map((t) => t.colour.toLowerCase())))
    fail(`duplicate colour ${d}`);
  const valid = spec.themes.filter((t) => HEX.test(t.colour));
  for (let a = 0; a < valid.length; a += 1) {
    for (let b = a + 1; b < valid.length; b += 1) {
      const ta = valid[a];
      const tb = valid[b];
      if (!ta || !tb) continue;
      const [p, q] = [rgb(ta.colour), rgb(tb.colour)];
      const distance = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
      if (distance < 40)
        fail(`colours of ${ta.slug} and ${tb.slug} are too similar (${distance.toFixed(0)})`);
    }
  }

  // Codings.
  const perSource = new Map<string, number>();
  const perTheme = new Map<string, number>();
  const spans = new Map<string, [number, number][]>();
  for (const [index, c] of spec.codings.entries()) {
    const where = `coding ${c.slug ?? `#${index + 1}`} (${c.sourceSlug})`;
    const source = sourcesBySlug.get(c.sourceSlug);
    if (!source) {
      fail(`${where}: unknown source`);
      continue;
    }
    const n = countOccurrences(source.text, c.quote);
    if (n !== 1)
      fail(`${where}: quote occurs ${n} times, expected exactly once: "${c.quote.slice(0, 60)}…"`);
    if (c.quote.length < 60 || c.quote.length > 400)
      fail(`${where}: quote has ${c.quote.length} characters, expected 60–400`);
    if (c.quote !== c.quote.trim()) fail(`${where}: quote has leading or trailing whitespace`);
    if (c.themeSlugs.length < 1 || c.themeSlugs.length > 2)
      fail(`${where}: ${c.themeSlugs.length} themes, expected 1–2`);
    for (const t of c.themeSlugs) {
      resolve('theme', themeSlugs, t, where);
      perTheme.set(t, (perTheme.get(t) ?? 0) + 1);
    }
    perSource.set(c.sourceSlug, (perSource.get(c.sourceSlug) ?? 0) + 1);
    const start = source.text.indexOf(c.quote);
    if (start >= 0)
      spans.set(c.sourceSlug, [
        ...(spans.get(c.sourceSlug) ?? []),
        [start, start + c.quote.length],
      ]);
  }
  for (const s of spec.sources) {
    const n = perSource.get(s.slug) ?? 0;
    if (n < 3) fail(`source ${s.slug}: ${n} codings, expected ≥ 3`);
  }
  for (const t of spec.themes) {
    const n = perTheme.get(t.slug) ?? 0;
    if (n < 2) fail(`theme ${t.slug}: ${n} codings, expected ≥ 2`);
  }
  let overlaps = 0;
  for (const list of spans.values()) {
    for (let a = 0; a < list.length; a += 1) {
      for (let b = a + 1; b < list.length; b += 1) {
        const x = list[a];
        const y = list[b];
        if (!x || !y) continue;
        if (x[0] < y[1] && y[0] < x[1]) overlaps += 1;
      }
    }
  }
  if (overlaps === 0) fail('no overlapping codings');
  const twoThemes = spec.codings.filter((c) => c.themeSlugs.length === 2).length;
  if (twoThemes === 0) fail('no coding carries two themes');

  // Findings.
  let findingWithWeakness = false;
  for (const f of spec.findings) {
    for (const t of f.themeSlugs) resolve('theme', themeSlugs, t, `finding ${f.slug}`);
    for (const c of f.codingSlugs) resolve('coding', codingSlugs, c, `finding ${f.slug}`);
    if (f.codingSlugs.length < 3 || f.codingSlugs.length > 6)
      fail(`finding ${f.slug}: ${f.codingSlugs.length} codings, expected 3–6`);
    const cited = f.codingSlugs.flatMap((slug) => {
      const coding = codingsBySlug.get(slug);
      return coding ? [coding] : [];
    });
    const cases = new Set(cited.map((c) => sourcesBySlug.get(c.sourceSlug)?.caseSlug));
    if (cases.size < 2)
      fail(`finding ${f.slug}: cites codings from ${cases.size} case(s), expected several`);
    if (cited.some((c) => c.valence === 'weakness')) findingWithWeakness = true;
  }
  if (!findingWithWeakness) fail('no finding cites a weakness-valenced coding');

  // Recommendations and questions.
  for (const r of spec.recommendations) {
    for (const f of r.findingSlugs) resolve('finding', findingSlugs, f, `recommendation ${r.slug}`);
    if (r.findingSlugs.length === 0) fail(`recommendation ${r.slug}: cites no finding`);
  }
  for (const q of spec.questions) {
    for (const t of q.themeSlugs) resolve('theme', themeSlugs, t, `question ${q.slug}`);
    for (const f of q.findingSlugs) resolve('finding', findingSlugs, f, `question ${q.slug}`);
    for (const i of q.indicatorNames) resolve('indicator', indicatorNames, i, `question ${q.slug}`);
  }

  // Pseudonyms: every invented name occurs in some transcript.
  for (const p of spec.pseudonyms) {
    const n = spec.sources.reduce((sum, s) => sum + countOccurrences(s.text, p.real), 0);
    if (n === 0) fail(`pseudonym "${p.real}" does not occur in any source`);
  }

  summary.push(
    `sources ${spec.sources.length}, words ${totalWords}, cases ${spec.cases.length}, respondents ${spec.respondents.length}`,
    `themes ${spec.themes.length}, codings ${spec.codings.length} (${twoThemes} with two themes, ${overlaps} overlapping pairs)`,
    `findings ${spec.findings.length}, recommendations ${spec.recommendations.length}, questions ${spec.questions.length}, pseudonyms ${spec.pseudonyms.length}`,
    ...wordCounts.map((w) => `  ${w} words`),
  );
  return { problems, summary };
}
