import type { EvidenceStrength, QuestionGap } from '../analysis/evidence';
import type { AttributeType } from '../model/attributes';
import type {
  CaseType,
  Criterion,
  Decision,
  FollowUpStatus,
  ManagementResponse,
  Priority,
  SourceKind,
  Valence,
} from '../model/entities';
import type { Language } from '../model/primitives';

/**
 * The one home of the words for the model's enum values. The app's catalogues spread them in
 * (`t('decision.rejected')`), and the Excel report and the printed sheets import them, so a
 * value is called the same everywhere. Each group is a `Record` over its enum: a value without a
 * word, or a word for a value that does not exist, is a compile error.
 */
export interface DomainLabels {
  caseType: Record<CaseType, string>;
  sourceKind: Record<SourceKind, string>;
  attributeType: Record<AttributeType, string>;
  valence: Record<Valence, string>;
  priority: Record<Priority, string>;
  /** The management response's decision on a recommendation. */
  decision: Record<Decision, string>;
  followUpStatus: Record<FollowUpStatus, string>;
  /** The names of the management response's fields (a form's labels, a table's headings). */
  responseField: Record<keyof ManagementResponse, string>;
  /** The OECD DAC evaluation criteria (and the project's own). */
  criterion: Record<Criterion, string>;
  evidenceStrength: Record<EvidenceStrength, string>;
  questionGap: Record<QuestionGap, string>;
}

/*
 * Word choices (Swedish), where the app, Excel and the sheets once differed:
 * - decision: participles that read both as a recorded status and as a box to tick. "Avslagen"
 *   (from avslå: considered and declined), not "Avvisad" (avvisa: dismissed unheard, as an
 *   appeal filed too late), which is not what a management response does.
 * - followUpStatus: "Inte påbörjad", plain Swedish (klarspråk) beside "Inte längre aktuell".
 * - responseField: "Åtgärder" (not "Nyckelåtgärder"), "Klart senast" (a date by which it is
 *   done, not "Tidsgräns" or "Senast"), "Svar mottaget" (not "Svaret kom" or "Svar inkom").
 * - criterion: "Resurseffektivitet" for efficiency, since "effektivitet" alone is read as
 *   either efficiency or effectiveness; "Effekter" for impact, as Swedish evaluations say.
 */
const sv: DomainLabels = {
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
  attributeType: { text: 'Text', number: 'Tal', boolean: 'Ja/nej', date: 'Datum' },
  valence: { strength: 'Styrka', weakness: 'Svaghet', mixed: 'Blandat', neutral: 'Neutral' },
  priority: { high: 'Hög', medium: 'Medel', low: 'Låg' },
  decision: {
    accepted: 'Accepterad',
    partiallyAccepted: 'Delvis accepterad',
    rejected: 'Avslagen',
  },
  responseField: {
    decision: 'Beslut',
    reasons: 'Svar och skäl',
    keyActions: 'Åtgärder',
    responsibleUnit: 'Ansvarig enhet',
    deadline: 'Klart senast',
    received: 'Svar mottaget',
  },
  followUpStatus: {
    notStarted: 'Inte påbörjad',
    inProgress: 'Pågår',
    completed: 'Genomförd',
    noLongerApplicable: 'Inte längre aktuell',
  },
  criterion: {
    relevance: 'Relevans',
    coherence: 'Samstämmighet',
    effectiveness: 'Måluppfyllelse',
    efficiency: 'Resurseffektivitet',
    impact: 'Effekter',
    sustainability: 'Hållbarhet',
    other: 'Eget kriterium',
  },
  evidenceStrength: { strong: 'Stark', moderate: 'Måttlig', weak: 'Svag', none: 'Ingen' },
  questionGap: {
    noFindings: 'Ingen slutsats besvarar frågan',
    noThemes: 'Inga teman kopplade',
    noCodedMaterial: 'Inget kodat material på temana',
    noIndicators: 'Inga indikatorvärden',
    weakEvidence: 'En slutsats har svag evidens',
    contradictions: 'Motsägande fall finns',
  },
};

const en: DomainLabels = {
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
  attributeType: { text: 'Text', number: 'Number', boolean: 'Yes/no', date: 'Date' },
  valence: { strength: 'Strength', weakness: 'Weakness', mixed: 'Mixed', neutral: 'Neutral' },
  priority: { high: 'High', medium: 'Medium', low: 'Low' },
  decision: {
    accepted: 'Accepted',
    partiallyAccepted: 'Partially accepted',
    rejected: 'Rejected',
  },
  responseField: {
    decision: 'Decision',
    reasons: 'Response and reasons',
    keyActions: 'Key actions',
    responsibleUnit: 'Responsible unit',
    deadline: 'Deadline',
    received: 'Response received',
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
    other: 'Own criterion',
  },
  evidenceStrength: { strong: 'Strong', moderate: 'Moderate', weak: 'Weak', none: 'None' },
  questionGap: {
    noFindings: 'No finding answers the question',
    noThemes: 'No themes linked',
    noCodedMaterial: 'No coded material on its themes',
    noIndicators: 'No indicator values',
    weakEvidence: 'A finding has weak evidence',
    contradictions: 'Contradicting cases exist',
  },
};

/** The domain words of each language Fynd speaks. */
export const domainLabels: Readonly<Record<Language, DomainLabels>> = { sv, en };

/** The management response's field names in the form's order (a table's columns). */
export function responseFieldNames(lang: Language): string[] {
  const names = domainLabels[lang].responseField;
  return [
    names.decision,
    names.reasons,
    names.keyActions,
    names.responsibleUnit,
    names.deadline,
    names.received,
  ];
}
