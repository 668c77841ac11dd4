import { domainLabels } from '../../../shared/i18n/domain-labels';
import type { Language } from '../../../shared/model/primitives';

/**
 * Every word printed on a recommendation sheet, in Swedish and English: the sheet's own, and the
 * domain words (priority, decision, follow-up status…) shared with the app and the Excel report.
 */
export const sheetLabels = {
  sv: {
    domain: domainLabels.sv,
    documentTitle: 'Rekommendationer',
    recommendation: 'Rekommendation',
    of: 'av',
    page: 'Sida',
    rationale: 'Motivering',
    responsible: 'Ansvarig',
    priority: 'Prioritet',
    timeframe: 'Tidsram',
    findings: 'Slutsatser som rekommendationen bygger på',
    casesConcerned: 'Berörda fall',
    noCases: 'Inga fall angivna',
    quoteBy: 'Citat',
    responseHeading: 'Ledningens svar',
    responseIntro: 'Fylls i av mottagaren vid beslutsmötet.',
    ...domainLabels.sv.responseField,
    followUp: 'Uppföljning',
    pseudonymised: 'Citaten är pseudonymiserade.',
  },
  en: {
    domain: domainLabels.en,
    documentTitle: 'Recommendations',
    recommendation: 'Recommendation',
    of: 'of',
    page: 'Page',
    rationale: 'Rationale',
    responsible: 'Responsible',
    priority: 'Priority',
    timeframe: 'Time frame',
    findings: 'Findings behind the recommendation',
    casesConcerned: 'Cases concerned',
    noCases: 'No cases given',
    quoteBy: 'Quote',
    responseHeading: 'Management response',
    responseIntro: 'To be completed by the recipient at the decision meeting.',
    ...domainLabels.en.responseField,
    followUp: 'Follow-up',
    pseudonymised: 'Quotes are pseudonymised.',
  },
} satisfies Record<Language, unknown>;

export type SheetLabels = (typeof sheetLabels)['sv'];
