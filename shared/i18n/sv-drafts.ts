/**
 * Swedish messages about typed text that is not on disk yet: the header's state, a field that
 * cannot be saved as it is, and asking before typed text in a dialog is thrown away. Spread into
 * `sv`; `en-drafts.ts` must hold the same keys.
 */
export const svDrafts = {
  drafts: {
    unsaved: 'Osparade ändringar',
    unsavedTitle:
      'Text du skrivit finns inte på disk ännu: ett fält som inte kan sparas som det är, eller en öppen dialog.',
    savedAsYouType: 'Sparas medan du skriver. Ångra tar tillbaka.',
    required: 'Inte sparat: fältet får inte vara tomt.',
    failed: 'Inte sparat ännu. Fynd försöker igen när du skriver vidare eller lämnar fältet.',
    restore: 'Ta tillbaka det sparade',
    done: 'Klar',
    discardTitle: 'Kasta texten du skrivit?',
    discardBody: 'Det du skrivit här har inte sparats och försvinner om du stänger.',
    keepEditing: 'Fortsätt skriva',
    discard: 'Kasta texten',
  },
};
