import type { svQuestions } from './sv-questions';
import type { Shape } from './sv';

/**
 * English messages of the evaluation questions and the evaluation matrix (tabs of the Findings
 * view).
 */
export const enQuestions: Shape<typeof svQuestions> = {
  questions: {
    tab: 'Evaluation questions',
    heading: 'Evaluation questions',
    intro: 'The questions the commissioner asked, each with an evaluation criterion.',
    empty: 'No evaluation questions yet.',
    add: 'New question',
    addTitle: 'New evaluation question',
    addHint:
      'E.g. “Has the collaboration between the municipality and the Employment Service become lasting?”',
    name: 'question {{number}}',
    title: 'Question {{number}}',
    selectHint: 'Choose a question to edit it and link themes, findings and indicators.',
    text: 'Question',
    criterion: 'Criterion',
    status: 'How well answered',
    themes: 'Themes',
    findings: 'Findings that answer it',
    indicators: 'Indicators',
    indicatorCases_one: '({{count}} case)',
    indicatorCases_other: '({{count}} cases)',
    indicatorGone: '(no case has a value)',
    findingCount_one: '{{count}} finding',
    findingCount_other: '{{count}} findings',
    delete: 'Delete the question',
    deleteTitle: 'Delete question {{number}}?',
    deleteBody: 'The findings stay. You can undo the deletion.',
  },
  criterionHint: {
    relevance: 'Is the intervention doing the right things – does it meet the needs?',
    coherence: 'How well does the intervention fit with other interventions?',
    effectiveness: 'Is the intervention achieving its objectives?',
    efficiency: 'How well are resources used?',
    impact: 'What difference does the intervention make in the longer run?',
    sustainability: 'Will the benefits last?',
    other: 'A criterion the project has set itself.',
  },
  evaluationMatrix: {
    tab: 'Evaluation matrix',
    heading: 'Evaluation matrix',
    intro:
      'Per question: criterion, themes, indicators with values per case, findings, evidence strength and what is still unanswered.',
    caption: 'Evaluation matrix: evaluation questions with their evidence and gaps',
    question: 'Question',
    strengthAndGaps: 'Evidence and gaps',
    noGaps: 'No gaps',
    noValues: 'no values',
  },
};
