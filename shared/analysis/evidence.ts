import type { Coding, Finding, Question, Valence } from '../model/entities';
import type { ProjectView } from '../model/project-data';
import { themeWithDescendants } from '../model/theme-tree';

/** How well a finding (or the answer to a question) is backed by the coded material. */
export type EvidenceStrength = 'strong' | 'moderate' | 'weak' | 'none';

/** Ordered weakest first, so strengths can be compared by index. */
export const EVIDENCE_STRENGTHS: readonly EvidenceStrength[] = [
  'none',
  'weak',
  'moderate',
  'strong',
];

/**
 * The thresholds behind `EvidenceStrength` (documented in the report, too):
 * - strong: cited quotes from at least 3 supporting cases and 3 sources, and at most one
 *   contradicting case for every 3 supporting ones;
 * - moderate: supporting cases from at least 2 cases, more supporting than contradicting cases;
 * - weak: at least one cited quote, but less than the above;
 * - none: no cited quote (within the cases and themes looked at).
 */
export const EVIDENCE_THRESHOLDS = {
  strong: { cases: 3, sources: 3, supportingPerContradicting: 3 },
  moderate: { cases: 2 },
} as const;

/** What backs one finding, and what speaks against it. */
export interface FindingEvidence {
  /** The cited codings that exist in the data, in the evaluator's order. */
  quotes: Coding[];
  /** Distinct sources of the cited codings. */
  sources: string[];
  /** Cases that back the finding (see `findingEvidence`), in the project's case order. */
  cases: string[];
  /** Cases whose coded material on the finding's themes leans against it. */
  contradictingCases: string[];
  /** The valence most cited quotes carry, or null when strengths and weaknesses tie. */
  tenor: 'strength' | 'weakness' | null;
  strength: EvidenceStrength;
}

const OPPOSITE: Record<'strength' | 'weakness', Valence> = {
  strength: 'weakness',
  weakness: 'strength',
};

/**
 * The evidence for a finding, by these rules:
 *
 * 1. Its quotes are the codings it cites (`codingIds`) that exist in `data`; pass data already
 *    restricted to some cases or themes and the evidence is counted within them.
 * 2. Its tenor is the valence most of those quotes carry, strength or weakness (mixed and
 *    neutral quotes do not vote). A finding about a problem is backed by weakness quotes, so
 *    "contradicting" is judged against the tenor, not against "weakness" as such. With a tie
 *    there is no direction and no case can contradict.
 * 3. Its themes are the most specific of its `themeIds` (or, if it names none, of its quotes'
 *    themes), with their sub-themes: a named theme that is an ancestor of another named theme is
 *    context, not the subject ("Samverkan" beside "Operativ samverkan"). A case contradicts the
 *    finding when, among all codings of that case on those themes (cited or not), those with the
 *    opposite valence outnumber those with the tenor's valence. Uncited material counts on
 *    purpose: it is what a reader of the finding cannot see.
 * 4. A case backs the finding when at least one cited quote comes from it and it does not
 *    contradict it: a case whose own material leans the other way is reported as contradicting
 *    even if one of its quotes is cited, so the two lists never overlap.
 * 5. Strength follows `EVIDENCE_THRESHOLDS`.
 */
export function findingEvidence(data: ProjectView, finding: Finding): FindingEvidence {
  const { codingById, caseOfSource, codingsByTheme } = indexOf(data);
  const quotes = finding.codingIds
    .map((id) => codingById.get(id))
    .filter((c): c is Coding => c !== undefined);
  const sources = [...new Set(quotes.map((q) => q.sourceId))];

  let strengths = 0;
  let weaknesses = 0;
  for (const q of quotes) {
    if (q.valence === 'strength') strengths++;
    else if (q.valence === 'weakness') weaknesses++;
  }
  const tenor = strengths > weaknesses ? 'strength' : weaknesses > strengths ? 'weakness' : null;

  const named = finding.themeIds.length > 0 ? finding.themeIds : quotes.flatMap((q) => q.themeIds);
  const themes = specificThemes(data, named);

  const contradicting = new Set<string>();
  if (tenor) {
    const lean = new Map<string, number>();
    const onThemes = new Set<Coding>();
    for (const id of themes)
      for (const coding of codingsByTheme.get(id) ?? []) onThemes.add(coding);
    for (const coding of onThemes) {
      const caseId = caseOfSource.get(coding.sourceId);
      if (!caseId) continue;
      const vote = coding.valence === tenor ? -1 : coding.valence === OPPOSITE[tenor] ? 1 : 0;
      lean.set(caseId, (lean.get(caseId) ?? 0) + vote);
    }
    for (const [caseId, balance] of lean) if (balance > 0) contradicting.add(caseId);
  }
  const cited = new Set<string>();
  for (const q of quotes) {
    const caseId = caseOfSource.get(q.sourceId);
    if (caseId && !contradicting.has(caseId)) cited.add(caseId);
  }
  const caseOrder = data.cases.map((c) => c.id);
  const cases = caseOrder.filter((id) => cited.has(id));
  const contradictingCases = caseOrder.filter((id) => contradicting.has(id));
  return {
    quotes,
    sources,
    cases,
    contradictingCases,
    tenor,
    strength: strengthOf(quotes.length, sources.length, cases.length, contradictingCases.length),
  };
}

interface EvidenceIndex {
  codingById: Map<string, Coding>;
  caseOfSource: Map<string, string | null>;
  codingsByTheme: Map<string, Coding[]>;
}

/** Lookups over one project's data, built once however many findings ask (data is readonly). */
const indexes = new WeakMap<ProjectView, EvidenceIndex>();

function indexOf(data: ProjectView): EvidenceIndex {
  let index = indexes.get(data);
  if (!index) {
    const codingsByTheme = new Map<string, Coding[]>();
    for (const coding of data.codings) {
      for (const id of coding.themeIds) {
        const list = codingsByTheme.get(id);
        if (list) list.push(coding);
        else codingsByTheme.set(id, [coding]);
      }
    }
    index = {
      codingById: new Map(data.codings.map((c) => [c.id, c])),
      caseOfSource: new Map(data.sources.map((s) => [s.id, s.caseId])),
      codingsByTheme,
    };
    indexes.set(data, index);
  }
  return index;
}

/** The named themes that are no ancestor of another named theme, with all their sub-themes. */
function specificThemes(data: ProjectView, named: readonly string[]): Set<string> {
  const families = [...new Set(named)].map((id) => ({
    id,
    family: themeWithDescendants(data.themes, id),
  }));
  const themes = new Set<string>();
  for (const { id, family } of families) {
    const isContext = families.some((other) => other.id !== id && family.has(other.id));
    if (!isContext) for (const t of family) themes.add(t);
  }
  return themes;
}

/**
 * The quote that stands for a finding: the first cited quote (the evaluator's order is their
 * preference) that goes with the finding's tenor and comes from a supporting case; failing
 * that, the first cited quote.
 */
export function representativeQuote(
  data: ProjectView,
  evidence: FindingEvidence,
): Coding | undefined {
  const { caseOfSource } = indexOf(data);
  const supporting = new Set(evidence.cases);
  const opposite = evidence.tenor ? OPPOSITE[evidence.tenor] : null;
  const fits = (q: Coding) => {
    const caseId = caseOfSource.get(q.sourceId);
    return (
      q.valence !== opposite && caseId !== null && caseId !== undefined && supporting.has(caseId)
    );
  };
  return evidence.quotes.find(fits) ?? evidence.quotes[0];
}

/** Applies `EVIDENCE_THRESHOLDS`. */
export function strengthOf(
  quotes: number,
  sources: number,
  cases: number,
  contradicting: number,
): EvidenceStrength {
  if (quotes === 0) return 'none';
  const { strong, moderate } = EVIDENCE_THRESHOLDS;
  if (
    cases >= strong.cases &&
    sources >= strong.sources &&
    contradicting * strong.supportingPerContradicting <= cases
  )
    return 'strong';
  if (cases >= moderate.cases && cases > contradicting) return 'moderate';
  return 'weak';
}

/** The open gaps an evaluation question's answer can have, in the order they are listed. */
export const QUESTION_GAPS = [
  /** No finding answers the question. */
  'noFindings',
  /** The question names no theme, so no coded material is tied to it. */
  'noThemes',
  /** Its themes exist but nothing has been coded on them (in the cases looked at). */
  'noCodedMaterial',
  /** It names no indicator, or none of the named indicators has a value in any case. */
  'noIndicators',
  /** At least one of its findings has weak or no evidence. */
  'weakEvidence',
  /** At least one of its findings has a contradicting case. */
  'contradictions',
] as const;

/** An open gap in the answer to an evaluation question. */
export type QuestionGap = (typeof QUESTION_GAPS)[number];

/** How far an evaluation question is answered. */
export interface QuestionStatus {
  /** The findings linked to the question that exist, in the question's order. */
  findings: Finding[];
  /** Evidence of each of those findings, by finding id. */
  evidence: Map<string, FindingEvidence>;
  /**
   * The strongest evidence among its findings (a question is answered as well as its
   * best-backed finding answers it); 'none' without findings. Weaker findings show as gaps.
   */
  strength: EvidenceStrength;
  /** Indicator names of the question that have a value in at least one case. */
  indicatorsWithValues: string[];
  gaps: QuestionGap[];
}

/** Findings, evidence strength and open gaps of one evaluation question (see `QuestionGap`). */
export function questionStatus(data: ProjectView, question: Question): QuestionStatus {
  const findingById = new Map(data.findings.map((f) => [f.id, f]));
  const findings = question.findingIds
    .map((id) => findingById.get(id))
    .filter((f): f is Finding => f !== undefined);
  const evidence = new Map(findings.map((f) => [f.id, findingEvidence(data, f)]));
  const strengths = [...evidence.values()].map((e) => EVIDENCE_STRENGTHS.indexOf(e.strength));
  const strength = EVIDENCE_STRENGTHS[Math.max(0, ...strengths)] ?? 'none';

  const known = new Set(data.themes.map((t) => t.id));
  const themeIds = question.themeIds.filter((id) => known.has(id));
  const themes = new Set<string>();
  for (const id of themeIds) for (const t of themeWithDescendants(data.themes, id)) themes.add(t);
  const casesInData = new Set(data.cases.map((c) => c.id));
  const caseOfSource = new Map(data.sources.map((s) => [s.id, s.caseId]));
  const coded = data.codings.some((c) => {
    const caseId = caseOfSource.get(c.sourceId);
    return (
      caseId !== null &&
      caseId !== undefined &&
      casesInData.has(caseId) &&
      c.themeIds.some((id) => themes.has(id))
    );
  });
  const named = new Set(question.indicatorNames);
  const withValues = new Set(
    data.cases.flatMap((c) => c.indicators.filter((i) => named.has(i.name)).map((i) => i.name)),
  );
  const indicatorsWithValues = question.indicatorNames.filter((n) => withValues.has(n));

  const gaps: QuestionGap[] = [];
  if (findings.length === 0) gaps.push('noFindings');
  if (themeIds.length === 0) gaps.push('noThemes');
  else if (!coded) gaps.push('noCodedMaterial');
  if (indicatorsWithValues.length === 0) gaps.push('noIndicators');
  const all = [...evidence.values()];
  if (all.some((e) => e.strength === 'weak' || e.strength === 'none')) gaps.push('weakEvidence');
  if (all.some((e) => e.contradictingCases.length > 0)) gaps.push('contradictions');
  return { findings, evidence, strength, indicatorsWithValues, gaps };
}
