import type { EvidenceStrength, QuestionGap } from '../../../shared/analysis/evidence';
import type {
  CaseType,
  Criterion,
  FollowUp,
  ManagementResponse,
  Priority,
  SourceKind,
  Valence,
} from '../../../shared/model/entities';

/** The worksheets a report can hold, in workbook order. */
export const WORKSHEET_KEYS = [
  'summary',
  'codebook',
  'cases',
  'indicatorSources',
  'matrix',
  'valence',
  'syntheses',
  'quotes',
  'findings',
  'recommendations',
  'evaluationMatrix',
] as const;
export type WorksheetKey = (typeof WORKSHEET_KEYS)[number];

/** Everything the workbook says in words, in one language. */
export interface ExcelLabels {
  /** Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules). */
  sheets: Record<WorksheetKey, string>;
  reportTitle: string;
  total: string;
  noCase: string;
  yes: string;
  no: string;
  all: string;
  noResponse: string;
  summary: {
    headers: [string, string, string];
    project: string;
    description: string;
    evaluator: string;
    reportDate: string;
    language: string;
    languageName: string;
    cases: string;
    sources: string;
    respondents: string;
    codings: string;
    themes: string;
    findings: string;
    recommendations: string;
    questions: string;
    syntheses: string;
    caseFilter: string;
    themeFilter: string;
    pseudonymisation: string;
    pseudonymsListed: string;
    sheets: string;
    matrixNote: string;
    matrixNoteText: string;
    strengthRule: string;
    strengthRuleText: string;
    contradictionRule: string;
    contradictionRuleText: string;
  };
  codebook: string[];
  cases: string[];
  indicatorSources: string[];
  theme: string;
  syntheses: string[];
  quotes: string[];
  findings: string[];
  recommendations: string[];
  evaluationMatrix: string[];
  caseType: Record<CaseType, string>;
  sourceKind: Record<SourceKind, string>;
  valence: Record<Valence, string>;
  priority: Record<Priority, string>;
  decision: Record<ManagementResponse['decision'], string>;
  followUpStatus: Record<FollowUp['status'], string>;
  criterion: Record<Criterion, string>;
  strength: Record<EvidenceStrength, string>;
  gap: Record<QuestionGap, string>;
}

const sv: ExcelLabels = {
  sheets: {
    summary: 'Sammanfattning',
    codebook: 'Kodbok',
    cases: 'Fall och indikatorer',
    indicatorSources: 'Indikatorer med källor',
    matrix: 'Tema × fall',
    valence: 'Värdering tema × fall',
    syntheses: 'Syntes tema × fall',
    quotes: 'Citat',
    findings: 'Slutsatser',
    recommendations: 'Rekommendationer & uppföljning',
    evaluationMatrix: 'Utvärderingsmatris',
  },
  reportTitle: 'Utvärderingsrapport',
  total: 'Totalt',
  noCase: 'Utan fall',
  yes: 'Ja',
  no: 'Nej',
  all: 'Alla',
  noResponse: 'Inget svar ännu',
  summary: {
    headers: ['Uppgift', 'I rapporten', 'I projektet'],
    project: 'Projekt',
    description: 'Beskrivning',
    evaluator: 'Utvärderare',
    reportDate: 'Rapportdatum',
    language: 'Språk',
    languageName: 'Svenska',
    cases: 'Fall',
    sources: 'Källor',
    respondents: 'Respondenter',
    codings: 'Kodningar (citat)',
    themes: 'Teman',
    findings: 'Slutsatser',
    recommendations: 'Rekommendationer',
    questions: 'Utvärderingsfrågor',
    syntheses: 'Skrivna synteser',
    caseFilter: 'Urval av fall',
    themeFilter: 'Urval av teman',
    pseudonymisation: 'Pseudonymisering',
    pseudonymsListed: 'Namn som ersätts med pseudonym',
    sheets: 'Blad',
    matrixNote: 'Tema × fall',
    matrixNoteText:
      'Antal kodningar med temat självt; underteman har egna rader. Värdering: (styrkor − svagheter) / (styrkor + svagheter), från −1 till 1.',
    strengthRule: 'Underlagets styrka',
    strengthRuleText:
      'Stark: citat från minst 3 stödjande fall och 3 källor och högst 1 motsägande fall per 3 stödjande. Måttlig: minst 2 stödjande fall, fler stödjande än motsägande. Svag: minst ett citat. Saknas: inget citat.',
    contradictionRule: 'Motsägande fall',
    contradictionRuleText:
      'Ett fall där kodningarna på slutsatsens mest specifika teman oftare har motsatt värdering (styrka/svaghet) än den som de anförda citaten oftast har.',
  },
  codebook: [
    'Tema',
    'Namn',
    'Nivå',
    'Definition',
    'Inkluderar',
    'Exkluderar',
    'Exempel',
    'Färg',
    'Kodningar',
    'Källor',
    'Fall',
  ],
  cases: ['Fall', 'Typ', 'Källor', 'Kodningar'],
  indicatorSources: [
    'Fall',
    'Indikator',
    'Värde',
    'Enhet',
    'Datum',
    'Källa för uppgiften',
    'Anteckning',
  ],
  theme: 'Tema',
  syntheses: ['Tema', 'Fall', 'Kodningar', 'Värdering', 'Syntes'],
  quotes: [
    'Fall',
    'Källa',
    'Typ av källa',
    'Datum',
    'Respondent',
    'Roll',
    'Organisation',
    'Tema',
    'Värdering',
    'Citat',
    'Memo',
    'Start',
    'Slut',
    'Kodare',
    'Kodnings-id',
  ],
  findings: [
    'Nr',
    'Slutsats',
    'Teman',
    'Citat',
    'Källor',
    'Stödjande fall (antal)',
    'Stödjande fall',
    'Motsägande fall (antal)',
    'Motsägande fall',
    'Underlagets styrka',
    'Representativt citat',
    'Citatet kommer från',
  ],
  recommendations: [
    'Nr',
    'Rubrik',
    'Rekommendation',
    'Motivering',
    'Slutsatser (nr)',
    'Vem bör agera',
    'Prioritet',
    'Tidsram',
    'Beslut',
    'Skäl',
    'Åtgärder',
    'Ansvarig enhet',
    'Klart senast',
    'Svar inkom',
    'Uppföljning: status',
    'Uppföljning: datum',
    'Uppföljning: anteckning',
  ],
  evaluationMatrix: [
    'Nr',
    'Utvärderingsfråga',
    'Kriterium',
    'Teman',
    'Indikatorer (värden per fall)',
    'Slutsatser',
    'Underlagets styrka',
    'Luckor',
  ],
  caseType: {
    municipality: 'Kommun',
    countyActor: 'Länsaktör',
    organisation: 'Organisation',
    other: 'Annat',
  },
  sourceKind: {
    interview: 'Intervju',
    focusGroup: 'Fokusgrupp',
    meetingNotes: 'Mötesanteckningar',
    document: 'Dokument',
  },
  valence: { strength: 'Styrka', weakness: 'Svaghet', mixed: 'Blandat', neutral: 'Neutral' },
  priority: { high: 'Hög', medium: 'Medel', low: 'Låg' },
  decision: {
    accepted: 'Accepteras',
    partiallyAccepted: 'Accepteras delvis',
    rejected: 'Accepteras inte',
  },
  followUpStatus: {
    notStarted: 'Ej påbörjad',
    inProgress: 'Pågår',
    completed: 'Genomförd',
    noLongerApplicable: 'Inte längre aktuell',
  },
  criterion: {
    relevance: 'Relevans',
    coherence: 'Samstämmighet',
    effectiveness: 'Måluppfyllelse',
    efficiency: 'Effektivitet',
    impact: 'Effekt',
    sustainability: 'Hållbarhet',
    other: 'Annat',
  },
  strength: { strong: 'Stark', moderate: 'Måttlig', weak: 'Svag', none: 'Saknas' },
  gap: {
    noFindings: 'Inga slutsatser',
    noThemes: 'Inga teman kopplade',
    noCodedMaterial: 'Inget kodat material på temana',
    noIndicators: 'Inga indikatorvärden',
    weakEvidence: 'Svagt underlag för någon slutsats',
    contradictions: 'Motsägande fall finns',
  },
};

const en: ExcelLabels = {
  sheets: {
    summary: 'Summary',
    codebook: 'Codebook',
    cases: 'Cases & indicators',
    indicatorSources: 'Indicator sources',
    matrix: 'Theme × case',
    valence: 'Valence theme × case',
    syntheses: 'Synthesis theme × case',
    quotes: 'Quotes',
    findings: 'Findings',
    recommendations: 'Recommendations & follow-up',
    evaluationMatrix: 'Evaluation matrix',
  },
  reportTitle: 'Evaluation report',
  total: 'Total',
  noCase: 'No case',
  yes: 'Yes',
  no: 'No',
  all: 'All',
  noResponse: 'No response yet',
  summary: {
    headers: ['Item', 'In this report', 'In the project'],
    project: 'Project',
    description: 'Description',
    evaluator: 'Evaluator',
    reportDate: 'Report date',
    language: 'Language',
    languageName: 'English',
    cases: 'Cases',
    sources: 'Sources',
    respondents: 'Respondents',
    codings: 'Codings (quotes)',
    themes: 'Themes',
    findings: 'Findings',
    recommendations: 'Recommendations',
    questions: 'Evaluation questions',
    syntheses: 'Written syntheses',
    caseFilter: 'Cases selected',
    themeFilter: 'Themes selected',
    pseudonymisation: 'Pseudonymisation',
    pseudonymsListed: 'Names replaced by pseudonyms',
    sheets: 'Sheets',
    matrixNote: 'Theme × case',
    matrixNoteText:
      'Number of codings with the theme itself; sub-themes have rows of their own. Valence: (strengths − weaknesses) / (strengths + weaknesses), from −1 to 1.',
    strengthRule: 'Evidence strength',
    strengthRuleText:
      'Strong: quotes from at least 3 supporting cases and 3 sources, and at most 1 contradicting case per 3 supporting ones. Moderate: at least 2 supporting cases, more supporting than contradicting. Weak: at least one quote. None: no quote.',
    contradictionRule: 'Contradicting cases',
    contradictionRuleText:
      "A case whose codings on the finding's most specific themes more often carry the opposite valence (strength/weakness) than the one most of the cited quotes carry.",
  },
  codebook: [
    'Theme',
    'Name',
    'Level',
    'Definition',
    'Inclusion',
    'Exclusion',
    'Example',
    'Colour',
    'Codings',
    'Sources',
    'Cases',
  ],
  cases: ['Case', 'Type', 'Sources', 'Codings'],
  indicatorSources: ['Case', 'Indicator', 'Value', 'Unit', 'Date', 'Source', 'Note'],
  theme: 'Theme',
  syntheses: ['Theme', 'Case', 'Codings', 'Valence balance', 'Synthesis'],
  quotes: [
    'Case',
    'Source',
    'Source kind',
    'Date',
    'Respondent',
    'Role',
    'Organisation',
    'Theme',
    'Valence',
    'Quote',
    'Memo',
    'Start',
    'End',
    'Coder',
    'Coding ID',
  ],
  findings: [
    'No.',
    'Finding',
    'Themes',
    'Quotes',
    'Sources',
    'Supporting cases (n)',
    'Supporting cases',
    'Contradicting cases (n)',
    'Contradicting cases',
    'Evidence strength',
    'Representative quote',
    'Quote from',
  ],
  recommendations: [
    'No.',
    'Title',
    'Recommendation',
    'Rationale',
    'Findings (no.)',
    'Responsible',
    'Priority',
    'Time frame',
    'Decision',
    'Reasons',
    'Key actions',
    'Responsible unit',
    'Deadline',
    'Response received',
    'Follow-up: status',
    'Follow-up: date',
    'Follow-up: note',
  ],
  evaluationMatrix: [
    'No.',
    'Evaluation question',
    'Criterion',
    'Themes',
    'Indicators (values per case)',
    'Findings',
    'Evidence strength',
    'Gaps',
  ],
  caseType: {
    municipality: 'Municipality',
    countyActor: 'County actor',
    organisation: 'Organisation',
    other: 'Other',
  },
  sourceKind: {
    interview: 'Interview',
    focusGroup: 'Focus group',
    meetingNotes: 'Meeting notes',
    document: 'Document',
  },
  valence: { strength: 'Strength', weakness: 'Weakness', mixed: 'Mixed', neutral: 'Neutral' },
  priority: { high: 'High', medium: 'Medium', low: 'Low' },
  decision: {
    accepted: 'Accepted',
    partiallyAccepted: 'Partially accepted',
    rejected: 'Rejected',
  },
  followUpStatus: {
    notStarted: 'Not started',
    inProgress: 'In progress',
    completed: 'Completed',
    noLongerApplicable: 'No longer applicable',
  },
  criterion: {
    relevance: 'Relevance',
    coherence: 'Coherence',
    effectiveness: 'Effectiveness',
    efficiency: 'Efficiency',
    impact: 'Impact',
    sustainability: 'Sustainability',
    other: 'Other',
  },
  strength: { strong: 'Strong', moderate: 'Moderate', weak: 'Weak', none: 'None' },
  gap: {
    noFindings: 'No findings',
    noThemes: 'No themes linked',
    noCodedMaterial: 'Nothing coded on its themes',
    noIndicators: 'No indicator values',
    weakEvidence: 'Weak evidence for a finding',
    contradictions: 'Contradicting cases exist',
  },
};

/** The label table of a report language. */
export const excelLabels: Record<'sv' | 'en', ExcelLabels> = { sv, en };
