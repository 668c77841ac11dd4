/**
 * Swedish words of the agreement view: how alike two coders coded the same sources. Spread into
 * `sv`; `en-agreement.ts` must hold the same keys.
 */
export const svAgreement = {
  agreement: {
    tab: 'Överensstämmelse',
    heading: 'Överensstämmelse mellan kodare',
    intro:
      'Hur lika två kodare kodat de källor som båda har kodat, tema för tema. För varje tema räknas varje enhet i de gemensamma källorna som ett beslut av varje kodare: kodad med temat eller inte.',
    unit: 'Enhet',
    unit_character: 'Tecken',
    unit_sentence: 'Mening',
    unit_paragraph: 'Stycke eller talartur',
    first: 'Kodare 1',
    second: 'Kodare 2',
    summary_other:
      '{{first}} och {{second}}: {{sources}} källor som båda kodat, {{units}} enheter per tema.',
    summary_one:
      '{{first}} och {{second}}: {{sources}} källa som båda kodat, {{units}} enheter per tema.',
    unreadable_one: '{{count}} källa lämnades utanför eftersom texten saknas eller har ändrats.',
    unreadable_other: '{{count}} källor lämnades utanför eftersom texten saknas eller har ändrats.',
    caption: 'Överensstämmelse per tema mellan {{first}} och {{second}}, per {{unit}}',
    theme: 'Tema',
    units: 'Enheter',
    percent: 'Andel lika',
    kappa: 'Cohens κ',
    alpha: 'Krippendorffs α',
    overall: 'Alla teman',
    undefined: 'ej definierat',
    undefinedHint:
      'Ej definierat: kodarna fattade bara ett slags beslut där (till exempel kodade ingen av dem temat), så det finns ingen variation att mäta.',
    bandsHint:
      'κ enligt Landis och Koch: under 0 sämre än slumpen, till 0,20 obetydlig, till 0,40 svag, till 0,60 måttlig, till 0,80 god, över 0,80 mycket god. α enligt Krippendorff: från 0,800 tillförlitlig, från 0,667 preliminär.',
    tooFewCoders:
      'Överensstämmelse mäts när två kodare har kodat samma källor. Varje kodning bär sin kodares namn, och hittills bär alla kodningar i projektet samma namn (eller finns inga).',
    noSharedSources: 'De två kodarna har inte kodat någon källa båda två.',
    showDisagreements: 'Visa var kodarna skiljer sig åt om {{theme}}',
    disagreementsOn: 'Där kodarna skiljer sig åt: {{theme}}',
    disagreementCount_one: '{{count}} ställe som bara en av kodarna kodat',
    disagreementCount_other: '{{count}} ställen som bara en av kodarna kodat',
    onlyCoded: 'Bara {{coder}} kodade (inte {{other}})',
    nothingOnlyHere: 'Inget här.',
    pairsCaption: 'Cohens κ per tema för varje par av kodare, per {{unit}}',
    pair: '{{first}} – {{second}}',
    settle: 'Avgör',
    settleBoth: 'Båda kodar',
    settleBothHint: '{{other}} får {{coder}}s kodning här (ångra tar tillbaka det)',
    settleNeither: 'Ingen kodar',
    settleNeitherHint: 'Temat tas bort från {{coder}}s kodning här (ångra tar tillbaka det)',
    hint: 'Välj ett tema för att se var kodarna skiljer sig åt, sida vid sida.',
    band: {
      poor: 'sämre än slumpen',
      slight: 'obetydlig',
      fair: 'svag',
      moderate: 'måttlig',
      substantial: 'god',
      almostPerfect: 'mycket god',
      unreliable: 'otillförlitlig',
      tentative: 'preliminär',
      reliable: 'tillförlitlig',
    },
  },
};
