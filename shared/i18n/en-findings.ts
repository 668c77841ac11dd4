import { domainLabels } from './domain-labels';

import type { svFindings } from './sv-findings';
import type { Shape } from './sv';

/**
 * English messages of the Findings view: findings and their evidence, recommendations, management
 * responses and follow-up.
 */
export const enFindings: Shape<typeof svFindings> = {
  conclusionsCommon: {
    tabsLabel: 'Parts of the conclusions',
    noThemes: 'No themes chosen.',
    addTheme: 'Add a theme…',
    addThemeTo: 'Add a theme to {{label}}',
    removeTheme: 'Remove the theme {{name}}',
    moveUp: 'Move {{name}} up',
    moveDown: 'Move {{name}} down',
    moveUpShort: 'Up',
    moveDownShort: 'Down',
  },
  evidence: {
    heading: 'Evidence',
    strengthOf: 'Evidence: {{strength}}',
    counts: '{{quotes}} quotes · {{sources}} sources · {{cases}} supporting cases',
    tenor_strength: 'the quotes mostly describe strengths',
    tenor_weakness: 'the quotes mostly describe weaknesses',
    supporting: 'Supporting cases',
    contradicting: 'Contradicting cases',
    noContradicting: 'None',
    howJudged: 'How is the evidence judged?',
    ruleStrong:
      'Strong: quotes from at least {{cases}} supporting cases and {{sources}} sources, and at most one contradicting case per {{ratio}} supporting ones.',
    ruleModerate:
      'Moderate: at least {{cases}} supporting cases and more supporting than contradicting cases.',
    ruleWeak: 'Weak: at least one quote, but less than the above.',
    ruleContradicting:
      'A case contradicts the finding when its coded material on the finding’s themes (cited or not) leans to the opposite valence of the quotes.',
  },
  findingEditor: {
    add: 'New finding',
    addTitle: 'New finding',
    addHint: 'Phrase the finding as a statement. Themes and quotes follow.',
    name: 'finding {{number}}',
    title: 'Finding {{number}}',
    selectHint: 'Choose a finding to edit it, link themes and pick supporting quotes.',
    statement: 'Finding',
    themes: 'Themes',
    quotes_one: 'Supporting quotes ({{count}})',
    quotes_other: 'Supporting quotes ({{count}})',
    addQuotes: 'Choose quotes…',
    pickInMatrix: 'Pick in the matrix',
    noQuotes: 'No quotes yet. Choose quotes here or in the matrix’s side panel under Analysis.',
    quoteName: 'quote {{number}}',
    removeQuote: 'Remove quote {{number}} from the finding',
    removeQuoteShort: 'Remove',
    delete: 'Delete the finding',
    deleteTitle: 'Delete finding {{number}}?',
    deleteBody: 'The quotes and codings stay. You can undo the deletion.',
    deleteUsed_one:
      'The finding is used by {{count}} recommendation or evaluation question and is unlinked there. You can undo the deletion.',
    deleteUsed_other:
      'The finding is used by {{count}} recommendations and evaluation questions and is unlinked there. You can undo the deletion.',
  },
  quotePicker: {
    title: 'Choose quotes for finding {{number}}',
    theme: 'Theme',
    allThemes: 'All themes',
    case: 'Case',
    allCases: 'All cases',
    valence: 'Valence',
    allValences: 'All valences',
    listLabel: 'Quotes to choose from',
    changes: '{{added}} added, {{removed}} removed',
    save: 'Save the choice',
  },
  recommendationEditor: {
    add: 'New recommendation',
    addTitle: 'New recommendation',
    name: 'recommendation {{number}} ({{title}})',
    title: 'Recommendation {{number}}',
    details: 'The recommendation',
    selectHint:
      'Choose a recommendation to edit it, link findings and record the management response and follow-up.',
    reorderHint:
      'Order them with the arrow buttons, or with Alt + ↑/↓ while a recommendation has focus.',
    titleField: 'Title',
    text: 'Recommendation',
    rationale: 'Rationale',
    actorHint: 'E.g. “Municipal leadership” or “County administrative board”.',
    timeframeHint: 'E.g. “Within 6 months”.',
    priorityLabel: 'Priority: {{priority}}',
    findings: 'Builds on findings',
    delete: 'Delete the recommendation',
    deleteTitle: 'Delete the recommendation “{{title}}”?',
    deleteBody: 'Its management response and follow-up go with it. You can undo the deletion.',
  },
  response: {
    // The field names: the same words as the sheets and the Excel report.
    ...domainLabels.en.responseField,
    heading: 'Management response',
    none: 'No response recorded yet.',
    noneShort: 'No response',
    record: 'Record response',
    edit: 'Edit the response',
    remove: 'Remove the response',
    removeTitle: 'Remove the management response?',
    removeBody: 'The recommendation then shows as unanswered again. You can undo the removal.',
    receivedOn: 'received {{date}}',
  },
  followUp: {
    heading: 'Follow-up',
    none: 'No follow-up notes yet.',
    date: 'Date',
    status: 'Status',
    note: 'Note',
    add: 'Add note',
    remove: 'Remove the note of {{date}}',
  },
  responseOverview: {
    tab: 'Responses',
    tabMissing_one: '{{count}} missing',
    tabMissing_other: '{{count}} missing',
    heading: 'Response and follow-up per recommendation',
    onlyOpen: 'Show unanswered only',
    missing_one: '{{count}} of {{total}} recommendations still lacks a management response.',
    missing_other: '{{count}} of {{total}} recommendations still lack a management response.',
    allAnswered: 'Every recommendation has a response.',
    caption: 'Recommendations with their management response and latest follow-up',
    number: 'No.',
    recommendation: 'Recommendation',
    response: 'Response',
    latestFollowUp: 'Latest follow-up',
  },
};
