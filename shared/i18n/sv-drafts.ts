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
    leaveTitle_close: 'Stänga projektet med osparad text?',
    leaveTitle_open: 'Byta projekt med osparad text?',
    leaveBody_one:
      'Text du skrivit på {{count}} ställe finns inte på disk: ett fält som inte kan sparas som det är (till exempel ett tomt obligatoriskt fält), en sparning som misslyckades eller ett formulär du inte skickat. Den försvinner om du går vidare.',
    leaveBody_other:
      'Text du skrivit på {{count}} ställen finns inte på disk: fält som inte kan sparas som de är (till exempel ett tomt obligatoriskt fält), sparningar som misslyckades eller formulär du inte skickat. Den försvinner om du går vidare.',
    leave_close: 'Stäng utan texten',
    leave_open: 'Byt utan texten',
  },
};
