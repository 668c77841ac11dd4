import { domainLabels, type DomainLabels } from '../../../shared/i18n/domain-labels';
import type { Language } from '../../../shared/model/primitives';

/** Everything the Word report says in words, in one language (domain words from shared/i18n). */
export interface WordLabels extends DomainLabels {
  /** Word's name for the language, set on the text so spelling checks work. */
  locale: string;
  reportTitle: string;
  draft: string;
  evaluators: string;
  date: string;
  contents: string;
  method: string;
  methodIntro: (counts: { sources: number; cases: number; respondents: number }) => string;
  sourcesByKind: string;
  respondentsByRole: string;
  noRole: string;
  casesHeading: string;
  period: (from: string, to: string) => string;
  countHeader: string;
  question: (n: number) => string;
  noFindings: string;
  otherFindings: string;
  finding: (n: number) => string;
  strength: string;
  supporting: string;
  contradicting: string;
  none: string;
  recommendations: string;
  recommendation: (n: number) => string;
  rationale: string;
  basedOn: string;
  managementResponse: string;
  responseHeaders: [string, string, string, string, string];
  noResponse: string;
  appendixMatrix: string;
  matrixCaption: string;
  theme: string;
  total: string;
  appendixCodebook: string;
  codebookHeaders: [string, string, string];
  page: string;
}

const sv: WordLabels = {
  ...domainLabels.sv,
  locale: 'sv-SE',
  reportTitle: 'Utvärderingsrapport',
  draft: 'Utkast ur Fynd – att redigera',
  evaluators: 'Utvärderare',
  date: 'Datum',
  contents: 'Innehåll',
  method: 'Metod och underlag',
  methodIntro: ({ sources, cases, respondents }) =>
    `Utvärderingen bygger på ${sources} källor från ${cases} fall och ${respondents} respondenter.`,
  sourcesByKind: 'Källor efter typ',
  respondentsByRole: 'Respondenter efter roll',
  noRole: 'Utan angiven roll',
  casesHeading: 'Fall',
  period: (from, to) => `Källorna är daterade ${from}–${to}.`,
  countHeader: 'Antal',
  question: (n) => `Utvärderingsfråga ${n}`,
  noFindings: 'Ingen slutsats besvarar ännu frågan.',
  otherFindings: 'Övriga slutsatser',
  finding: (n) => `Slutsats ${n}`,
  strength: 'Evidensstyrka',
  supporting: 'Stödjande fall',
  contradicting: 'Motsägande fall',
  none: 'inga',
  recommendations: 'Rekommendationer',
  recommendation: (n) => `Rekommendation ${n}`,
  rationale: 'Motivering',
  basedOn: 'Bygger på',
  managementResponse: 'Ledningens svar',
  responseHeaders: ['Rekommendation', 'Beslut', 'Åtgärder', 'Ansvarig', 'Senast'],
  noResponse: 'Inget svar ännu',
  appendixMatrix: 'Bilaga A: Tema × fall',
  matrixCaption: 'Tabell 1: Kodade segment per tema och fall',
  theme: 'Tema',
  total: 'Totalt',
  appendixCodebook: 'Bilaga B: Kodbok',
  codebookHeaders: ['Tema', 'Definition', 'Exempel'],
  page: 'Sida',
};

const en: WordLabels = {
  ...domainLabels.en,
  locale: 'en-GB',
  reportTitle: 'Evaluation report',
  draft: 'Draft from Fynd – to be edited',
  evaluators: 'Evaluators',
  date: 'Date',
  contents: 'Contents',
  method: 'Method and material',
  methodIntro: ({ sources, cases, respondents }) =>
    `The evaluation draws on ${sources} sources from ${cases} cases and ${respondents} respondents.`,
  sourcesByKind: 'Sources by kind',
  respondentsByRole: 'Respondents by role',
  noRole: 'No role given',
  casesHeading: 'Cases',
  period: (from, to) => `The sources are dated ${from}–${to}.`,
  countHeader: 'Number',
  question: (n) => `Evaluation question ${n}`,
  noFindings: 'No finding answers the question yet.',
  otherFindings: 'Other findings',
  finding: (n) => `Finding ${n}`,
  strength: 'Evidence strength',
  supporting: 'Supporting cases',
  contradicting: 'Contradicting cases',
  none: 'none',
  recommendations: 'Recommendations',
  recommendation: (n) => `Recommendation ${n}`,
  rationale: 'Rationale',
  basedOn: 'Based on',
  managementResponse: 'Management response',
  responseHeaders: ['Recommendation', 'Decision', 'Key actions', 'Responsible', 'Deadline'],
  noResponse: 'No response yet',
  appendixMatrix: 'Appendix A: Theme × case',
  matrixCaption: 'Table 1: Coded segments by theme and case',
  theme: 'Theme',
  total: 'Total',
  appendixCodebook: 'Appendix B: Codebook',
  codebookHeaders: ['Theme', 'Definition', 'Example'],
  page: 'Page',
};

/** The Word report's words in each language Fynd speaks. */
export const wordLabels: Readonly<Record<Language, WordLabels>> = { sv, en };
