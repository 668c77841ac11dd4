/**
 * English words of the agreement view: how alike two coders coded the same sources. Spread into
 * `en`; `sv-agreement.ts` must hold the same keys.
 */
export const enAgreement = {
  agreement: {
    tab: 'Agreement',
    heading: 'Intercoder agreement',
    intro:
      'How alike two coders coded the sources both of them coded, theme by theme. For each theme, every unit of the shared sources is one decision of each coder: coded with the theme or not.',
    unit: 'Unit',
    unit_character: 'Character',
    unit_sentence: 'Sentence',
    unit_paragraph: 'Paragraph or speaker turn',
    first: 'Coder 1',
    second: 'Coder 2',
    summary_other:
      '{{first}} and {{second}}: {{sources}} sources both coded, {{units}} units per theme.',
    summary_one:
      '{{first}} and {{second}}: {{sources}} source both coded, {{units}} units per theme.',
    unreadable_one: '{{count}} source was left out because its text is missing or changed.',
    unreadable_other: '{{count}} sources were left out because their text is missing or changed.',
    caption: 'Agreement per theme between {{first}} and {{second}}, by {{unit}}',
    theme: 'Theme',
    units: 'Units',
    percent: 'Agreement',
    kappa: 'Cohen’s κ',
    alpha: 'Krippendorff’s α',
    overall: 'All themes',
    undefined: 'undefined',
    undefinedHint:
      'Undefined: the coders made only one kind of decision there (for example, neither coded the theme), so there is no variation to measure.',
    bandsHint:
      'κ after Landis and Koch: below 0 poor, up to 0.20 slight, up to 0.40 fair, up to 0.60 moderate, up to 0.80 substantial, above 0.80 almost perfect. α after Krippendorff: reliable from 0.800, tentative from 0.667.',
    tooFewCoders:
      'Agreement is measured once two coders have coded the same sources. Every coding carries its coder’s name, and so far every coding in this project carries the same one (or there are none).',
    noSharedSources: 'The two coders have not both coded any source.',
    showDisagreements: 'Show where the coders differ on {{theme}}',
    disagreementsOn: 'Where the coders differ: {{theme}}',
    disagreementCount_one: '{{count}} place only one of the coders coded',
    disagreementCount_other: '{{count}} places only one of the coders coded',
    onlyCoded: 'Only {{coder}} coded (not {{other}})',
    nothingOnlyHere: 'Nothing here.',
    pairsCaption: 'Cohen’s κ per theme for each pair of coders, by {{unit}}',
    pair: '{{first}} – {{second}}',
    settle: 'Settle',
    settleBoth: 'Both code it',
    settleBothHint: '{{other}} gets {{coder}}’s coding here (undo takes it back)',
    settleNeither: 'Neither codes it',
    settleNeitherHint: 'The theme comes off {{coder}}’s coding here (undo takes it back)',
    hint: 'Choose a theme to see where the coders differ, side by side.',
    band: {
      poor: 'poor',
      slight: 'slight',
      fair: 'fair',
      moderate: 'moderate',
      substantial: 'substantial',
      almostPerfect: 'almost perfect',
      unreliable: 'unreliable',
      tentative: 'tentative',
      reliable: 'reliable',
    },
  },
};
