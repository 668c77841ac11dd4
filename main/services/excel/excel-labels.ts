import { excelLabelsEn } from './excel-labels-en';
import { excelLabelsSv } from './excel-labels-sv';
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

/** The label table of a report language. */
export const excelLabels: Record<'sv' | 'en', ExcelLabels> = {
  sv: excelLabelsSv,
  en: excelLabelsEn,
};
