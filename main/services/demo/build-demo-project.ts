import type { ProjectMeta } from '../../../shared/model/entities';
import { AttributeSchema } from '../../../shared/model/attributes';
import { newId } from '../../../shared/model/primitives';
import {
  PROJECT_FORMAT,
  ProjectFileSchema,
  SCHEMA_VERSION,
} from '../../../shared/model/project-file';
import { emptyProjectData } from '../../../shared/model/project-data';
import { ProjectState } from '../../../shared/model/project-state';
import { normaliseText, TextOffsets } from '../../../shared/model/text-offsets';
import { addCodings, snippetOf, type CodingDraft } from '../actions/coding-actions';
import { demoSpec } from './demo-content';
import type { DemoProjectSpec } from './demo-spec';
import type { BuiltProject } from '../store/project-folder-writer';

/** Turns the hand-written demo spec into a valid project with ids and code-point offsets. */
export function buildDemoProject(spec: DemoProjectSpec = demoSpec, now = new Date()): BuiltProject {
  const created = now.toISOString();
  const ids = new Map<string, string>();
  const idOf = (kind: string, slug: string): string => {
    const key = `${kind}:${slug}`;
    let id = ids.get(key);
    if (!id) {
      id = newId();
      ids.set(key, id);
    }
    return id;
  };
  const known = (kind: string, slug: string): string => {
    const id = ids.get(`${kind}:${slug}`);
    if (!id) throw new Error(`Demo spec: unknown ${kind} "${slug}"`);
    return id;
  };

  const project: ProjectMeta = {
    id: newId(),
    name: spec.name,
    description: spec.description,
    language: 'sv',
    evaluator: spec.evaluator,
    created,
  };
  const cases = spec.cases.map((c) => ({
    id: idOf('case', c.slug),
    name: c.name,
    type: c.type,
    attributes: c.attributes.map((a) => AttributeSchema.parse(a)),
    indicators: c.indicators.map((i) => ({ id: newId(), ...i })),
  }));
  const respondents = spec.respondents.map((r) => ({
    id: idOf('respondent', r.slug),
    pseudonym: r.pseudonym,
    role: r.role,
    organisation: r.organisation,
    caseId: known('case', r.caseSlug),
  }));
  const texts = new Map<string, string>();
  const offsets = new Map<string, TextOffsets>();
  const sources = spec.sources.map((s) => {
    const id = idOf('source', s.slug);
    const text = normaliseText(s.text.trim());
    texts.set(id, text);
    const index = new TextOffsets(text);
    offsets.set(id, index);
    return {
      id,
      title: s.title,
      kind: s.kind,
      caseId: known('case', s.caseSlug),
      respondentIds: s.respondentSlugs.map((r) => known('respondent', r)),
      date: s.date,
      interviewer: s.interviewer,
      length: index.codePointLength,
      origin: null,
      imported: created,
      ...(s.attributes ? { attributes: s.attributes.map((a) => AttributeSchema.parse(a)) } : {}),
    };
  });
  spec.themes.forEach((t) => idOf('theme', t.slug));
  const siblings = new Map<string, number>();
  const themes = spec.themes.map((t) => {
    const parent = t.parentSlug ?? '';
    const order = siblings.get(parent) ?? 0;
    siblings.set(parent, order + 1);
    return {
      id: known('theme', t.slug),
      parentId: t.parentSlug ? known('theme', t.parentSlug) : null,
      name: t.name,
      colour: t.colour.toLowerCase(),
      definition: t.definition,
      inclusion: t.inclusion,
      exclusion: t.exclusion,
      example: t.example,
      order,
    };
  });
  const codingDrafts: CodingDraft[] = spec.codings.map((c, i) => {
    const sourceId = known('source', c.sourceSlug);
    const text = texts.get(sourceId) ?? '';
    const quote = normaliseText(c.quote);
    const at = text.indexOf(quote);
    const index = offsets.get(sourceId);
    if (at < 0 || !index) throw new Error(`Demo spec: quote ${i} not found in ${c.sourceSlug}`);
    return {
      sourceId,
      start: index.toCodePoint(at),
      end: index.toCodePoint(at + quote.length),
      themeIds: c.themeSlugs.map((t) => known('theme', t)),
      valence: c.valence,
      memo: c.memo,
    };
  });
  // Built as the app builds a coding, on the project as it stands so far (references checked).
  const coded = new ProjectState({
    ...emptyProjectData(project),
    cases,
    respondents,
    sources,
    themes,
  });
  const lead = { id: newId(), name: spec.coders.lead };
  const colleague = { id: newId(), name: spec.coders.colleague };
  const snippet = (d: CodingDraft) => snippetOf(texts.get(d.sourceId) ?? '', d.start, d.end);
  coded.apply(
    addCodings(
      codingDrafts,
      codingDrafts.map(snippet),
      { id: lead.id, joins: lead },
      created,
      spec.codings.map((c) => (c.slug ? idOf('coding', c.slug) : newId())),
    )(coded).ops,
  );
  const again = colleagueCodings(
    codingDrafts,
    spec.coders.colleagueSources.map((slug) => known('source', slug)),
  );
  coded.apply(
    addCodings(again, again.map(snippet), { id: colleague.id, joins: colleague }, created)(coded)
      .ops,
  );
  const { codings } = coded.data();
  const findings = spec.findings.map((f, order) => ({
    id: idOf('finding', f.slug),
    statement: f.statement,
    themeIds: f.themeSlugs.map((t) => known('theme', t)),
    codingIds: f.codingSlugs.map((c) => known('coding', c)),
    order,
  }));
  const recommendations = spec.recommendations.map((r, order) => ({
    id: idOf('recommendation', r.slug),
    title: r.title,
    text: r.text,
    rationale: r.rationale,
    findingIds: r.findingSlugs.map((f) => known('finding', f)),
    actor: r.actor,
    priority: r.priority,
    timeframe: r.timeframe,
    order,
    response: null,
    followUps: [],
  }));
  const questions = spec.questions.map((q, order) => ({
    id: idOf('question', q.slug),
    text: q.text,
    criterion: q.criterion,
    themeIds: q.themeSlugs.map((t) => known('theme', t)),
    indicatorNames: q.indicatorNames,
    findingIds: q.findingSlugs.map((f) => known('finding', f)),
    order,
  }));
  const pseudonyms = spec.pseudonyms.map((p) => ({ id: newId(), ...p }));

  const file = ProjectFileSchema.parse({
    format: PROJECT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    seq: 0,
    saved: created,
    data: {
      ...emptyProjectData(project),
      cases,
      respondents,
      sources,
      themes,
      codings,
      users: coded.data().users,
      findings,
      recommendations,
      questions,
      pseudonyms,
    },
    history: { undo: [], redo: [] },
  });
  return { file, texts };
}

/**
 * The colleague's codings: the lead's in the double-coded interviews, a few left out and a few
 * given another theme, so the agreement view has something to discuss (the same every build).
 */
function colleagueCodings(
  drafts: readonly CodingDraft[],
  sourceIds: readonly string[],
): CodingDraft[] {
  const mine = drafts.filter((d) => sourceIds.includes(d.sourceId));
  const themes = [...new Set(mine.flatMap((d) => d.themeIds))];
  return mine.flatMap((draft, i) => {
    if (i % 5 === 2) return [];
    if (i % 4 !== 3) return [{ ...draft, memo: '' }];
    const other = themes[(themes.indexOf(draft.themeIds[0] ?? '') + 1) % themes.length];
    return [{ ...draft, memo: '', themeIds: other ? [other] : draft.themeIds }];
  });
}
