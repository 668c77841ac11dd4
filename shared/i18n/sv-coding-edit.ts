/**
 * Swedish messages of editing a coding in the coding panel. Spread into `sv`; `en-coding-edit.ts` must hold the same keys.
 */
export const svCodingEdit = {
  codingEdit: {
    edit: 'Ändra',
    adjust: 'Justera gränser',
    formLabel: 'Ändra kodningen',
    needTheme: 'En kodning behöver minst ett tema.',
    adjustHeading: 'Justera gränser',
    adjustHint:
      'Markera den nya texten i utskriften med musen, eller utöka och krymp markeringen med Skift + pilar. Spara när markeringen stämmer.',
    before: 'Nu',
    after: 'Ny markering',
    noSelection: 'Ingen text markerad.',
    saveBounds: 'Spara nya gränser',
  },
};
