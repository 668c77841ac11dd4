/**
 * Swedish messages of the codebook's forms and counts: where a new theme goes, a name its
 * siblings already use, and what a parent theme's counts include. Spread into `sv`;
 * `en-codebook.ts` must hold the same keys.
 */
export const svCodebook = {
  themeForm: {
    addSub: 'Lägg till undertema',
    addSubTitle: 'Nytt undertema',
    placeHint: 'Ett nytt tema hamnar bland huvudtemana om du inte väljer ett överordnat tema här.',
    nameTaken:
      'Det finns redan ett tema som heter ”{{name}}” på den här nivån. Välj ett annat namn.',
    mergeClash:
      'Undertemat ”{{name}}” kan inte flyttas till ”{{target}}”: där finns redan ett tema med samma namn. Byt namn på det ena först.',
  },
  themeCounts: {
    withSub: '{{codings}} kodningar · {{sources}} källor · {{cases}} fall med underteman',
    direct: 'Direkt på temat: {{codings}} kodningar',
    note: 'Överordnade teman räknar med sina underteman (varje kodning en gång), som matrisen gör.',
  },
};
