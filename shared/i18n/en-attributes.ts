import type { Shape } from './sv';
import type { svAttributes } from './sv-attributes';

/** English words for typed attributes of cases and sources (see sv-attributes.ts). */
export const enAttributes: Shape<typeof svAttributes> = {
  attributes: {
    heading: 'Attributes',
    add: 'Add attribute',
    key: 'Attribute',
    type: 'Kind of value',
    value: 'Value',
    remove: 'Delete the attribute {{name}}',
    keyTaken: 'There is already an attribute called “{{name}}”.',
    noneCase: 'No attributes yet – e.g. population or region.',
    noneSource: 'No attributes yet – e.g. interview round or whether it was recorded.',
    savedAtOnce:
      'An attribute is saved as soon as you add or delete it; Undo takes back each change on its own.',
  },
};
