import type { Shape } from './sv';
import type { svUsers } from './sv-users';

/** English messages about users (see sv-users.ts). */
export const enUsers: Shape<typeof svUsers> = {
  users: {
    unnamed: 'Unnamed coder',
    you: 'You: {{name}}',
    changeName: 'Change your name (you are {{name}})',
    nameTitle: 'Who are you?',
    nameIntro: 'Your codings carry your name, so a team can see who coded what and compare.',
    nameLabel: 'Your name',
    nameSave: 'Save the name',
    nameChangedHint: 'The name applies to new codings. Rename a coder in the project under Coders.',
    projectUsers: 'Coders in the project',
    projectUsersIntro: 'A new name shows on every coding the coder made.',
    rename: 'Rename {{name}}',
    renameLabel: 'Name of the coder',
    coder: 'Coder',
    codedBy: 'Coded by {{name}}',
    filterLabel: 'Coders',
    allCoders: 'All coders',
    filterSummary_one: '{{count}} coder chosen',
    filterSummary_other: '{{count}} coders chosen',
  },
};
