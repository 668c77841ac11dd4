/**
 * The authoring format of the built-in demo project. Content is written by hand in Swedish with
 * readable slugs; `build-demo-project.ts` turns it into a real project (UUIDs, code-point offsets
 * found by searching each quote in its transcript), so the content never hard-codes an offset.
 */

export type Slug = string;

export interface DemoAttribute {
  key: string;
  type: 'text' | 'number' | 'boolean' | 'date';
  value: string | number | boolean;
}

export interface DemoIndicator {
  name: string;
  value: number;
  unit: string;
  /** Where the figure comes from, e.g. "Slutrapport Härnösand, maj 2012". */
  source: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  note: string;
}

export interface DemoCase {
  slug: Slug;
  name: string;
  type: 'municipality' | 'countyActor';
  attributes: DemoAttribute[];
  indicators: DemoIndicator[];
}

export interface DemoRespondent {
  slug: Slug;
  /** E.g. "Projektledare A, Härnösand": never a real person's name. */
  pseudonym: string;
  role: string;
  organisation: string;
  caseSlug: Slug;
}

export interface DemoSource {
  slug: Slug;
  title: string;
  kind: 'interview' | 'focusGroup' | 'meetingNotes' | 'document';
  caseSlug: Slug;
  respondentSlugs: Slug[];
  /** ISO date, YYYY-MM-DD. */
  date: string;
  interviewer: string;
  /** The source's own attributes (interview round, by phone). */
  attributes?: DemoAttribute[];
  /** The transcript: paragraphs separated by blank lines, speaker turns start with "I:" or "R:". */
  text: string;
}

export interface DemoTheme {
  slug: Slug;
  parentSlug: Slug | null;
  name: string;
  /** #rrggbb, chosen to stay readable as a light highlight behind black text. */
  colour: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
}

export interface DemoCoding {
  /** Optional handle so findings can cite this coding. */
  slug?: Slug;
  sourceSlug: Slug;
  /** Exact text that occurs exactly once in the source's text. */
  quote: string;
  themeSlugs: Slug[];
  valence: 'strength' | 'weakness' | 'mixed' | 'neutral';
  memo: string;
}

export interface DemoFinding {
  slug: Slug;
  statement: string;
  themeSlugs: Slug[];
  /** Slugs of codings that support the finding. */
  codingSlugs: Slug[];
}

export interface DemoRecommendation {
  slug: Slug;
  title: string;
  text: string;
  rationale: string;
  findingSlugs: Slug[];
  /** Who should act, e.g. "Kommunledningarna". */
  actor: string;
  priority: 'high' | 'medium' | 'low';
  timeframe: string;
}

export interface DemoQuestion {
  slug: Slug;
  text: string;
  criterion:
    'relevance' | 'coherence' | 'effectiveness' | 'efficiency' | 'impact' | 'sustainability';
  themeSlugs: Slug[];
  /** Indicator names (as in DemoIndicator.name) that inform the question. */
  indicatorNames: string[];
  findingSlugs: Slug[];
}

export interface DemoPseudonym {
  /** An invented personal name that occurs in the transcripts. */
  real: string;
  pseudonym: string;
}

/** Who coded the demo: the evaluator, and a colleague who coded a few interviews again. */
export interface DemoCoders {
  lead: string;
  colleague: string;
  /** The interviews the colleague double-coded (source slugs). */
  colleagueSources: Slug[];
}

export interface DemoProjectSpec {
  name: string;
  description: string;
  evaluator: string;
  coders: DemoCoders;
  cases: DemoCase[];
  respondents: DemoRespondent[];
  sources: DemoSource[];
  themes: DemoTheme[];
  codings: DemoCoding[];
  findings: DemoFinding[];
  recommendations: DemoRecommendation[];
  questions: DemoQuestion[];
  pseudonyms: DemoPseudonym[];
}
