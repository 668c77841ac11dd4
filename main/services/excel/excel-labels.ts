import { excelLabelsEn } from './excel-labels-en';
import { excelLabelsSv } from './excel-labels-sv';
import type { DomainLabels } from '../../../shared/i18n/domain-labels';
import type { AgreementUnit, AlphaBand, KappaBand } from '../../../shared/analysis/agreement';

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
  'agreement',
  'findings',
  'recommendations',
  'evaluationMatrix',
] as const;
export type WorksheetKey = (typeof WORKSHEET_KEYS)[number];

/**
 * Everything the workbook says in words, in one language: its own headings, and the domain
 * words (valence, decision, criterion…) from shared/i18n, the same the app and the sheets use.
 */
export interface ExcelLabels extends DomainLabels {
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
  /** The matrix sheets' first heading: says that sub-themes are not counted in their parents. */
  matrixTheme: string;
  syntheses: string[];
  quotes: string[];
  agreement: AgreementLabels;
  findings: string[];
  recommendations: string[];
  evaluationMatrix: string[];
}

/** The agreement sheet's words: headings, and the app's own names of units and bands. */
export interface AgreementLabels {
  headers: string[];
  units: Record<AgreementUnit, string>;
  bands: Record<KappaBand | AlphaBand, string>;
  overall: string;
  undefined: string;
  tooFewCoders: string;
}

/** The label table of a report language. */
export const excelLabels: Record<'sv' | 'en', ExcelLabels> = {
  sv: excelLabelsSv,
  en: excelLabelsEn,
};
