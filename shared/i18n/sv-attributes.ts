/**
 * Svenska ord för typade attribut på fall och källor. Sprids in i `sv`; `en-attributes.ts` måste
 * ha samma nycklar.
 */
export const svAttributes = {
  attributes: {
    heading: 'Attribut',
    add: 'Lägg till attribut',
    key: 'Attribut',
    type: 'Typ av värde',
    value: 'Värde',
    remove: 'Ta bort attributet {{name}}',
    keyTaken: 'Det finns redan ett attribut som heter ”{{name}}”.',
    noneCase: 'Inga attribut ännu – t.ex. invånarantal eller region.',
    noneSource: 'Inga attribut ännu – t.ex. intervjuomgång eller om samtalet spelades in.',
    savedAtOnce:
      'Ett attribut sparas så fort du lägger till eller tar bort det; Ångra tar tillbaka varje ändring för sig.',
  },
};
