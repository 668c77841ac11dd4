/**
 * Swedish messages of the evaluation questions and the evaluation matrix (tabs of the Findings
 * view). Spread into `sv`; `en-questions.ts` must hold the same keys.
 */
export const svQuestions = {
  questions: {
    tab: 'Utvärderingsfrågor',
    heading: 'Utvärderingsfrågor',
    intro: 'Frågorna som beställaren ställde, var och en med ett utvärderingskriterium.',
    empty: 'Inga utvärderingsfrågor ännu.',
    add: 'Ny fråga',
    addTitle: 'Ny utvärderingsfråga',
    addHint: 'T.ex. ”Har samverkan mellan kommunen och Arbetsförmedlingen blivit varaktig?”',
    name: 'fråga {{number}}',
    title: 'Fråga {{number}}',
    selectHint: 'Välj en fråga för att ändra den och koppla teman, slutsatser och indikatorer.',
    text: 'Fråga',
    criterion: 'Kriterium',
    status: 'Hur väl besvarad',
    themes: 'Teman',
    findings: 'Slutsatser som besvarar frågan',
    indicators: 'Indikatorer',
    indicatorCases_one: '({{count}} fall)',
    indicatorCases_other: '({{count}} fall)',
    indicatorGone: '(inget fall har värdet)',
    findingCount_one: '{{count}} slutsats',
    findingCount_other: '{{count}} slutsatser',
    delete: 'Ta bort frågan',
    deleteTitle: 'Ta bort fråga {{number}}?',
    deleteBody: 'Slutsatserna finns kvar. Du kan ångra borttagningen.',
  },
  /** What each criterion asks (its name is in `domain-labels.ts`). */
  criterionHint: {
    relevance: 'Gör insatsen rätt saker – utgår den från behoven?',
    coherence: 'Hur väl passar insatsen ihop med andra insatser?',
    effectiveness: 'Når insatsen sina mål?',
    efficiency: 'Hur väl används resurserna?',
    impact: 'Vilken skillnad gör insatsen, på längre sikt?',
    sustainability: 'Består resultaten?',
    other: 'Ett kriterium som projektet självt har satt.',
  },
  evaluationMatrix: {
    tab: 'Utvärderingsmatris',
    heading: 'Utvärderingsmatris',
    intro:
      'Per fråga: kriterium, teman, indikatorer med värden per fall, slutsatser, evidensens styrka och vad som ännu är obesvarat.',
    caption: 'Utvärderingsmatris: utvärderingsfrågor med underlag och luckor',
    question: 'Fråga',
    strengthAndGaps: 'Evidens och luckor',
    noGaps: 'Inga luckor',
    noValues: 'inga värden',
  },
};
