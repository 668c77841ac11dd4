/** Swedish messages about users: who codes, the coder shown and filtered. */
export const svUsers = {
  users: {
    unnamed: 'Namnlös kodare',
    you: 'Du: {{name}}',
    changeName: 'Byt ditt namn (du heter {{name}})',
    nameTitle: 'Vem är du?',
    nameIntro:
      'Dina kodningar märks med ditt namn, så att ett team kan se vem som kodat vad och jämföra.',
    nameLabel: 'Ditt namn',
    nameSave: 'Spara namnet',
    nameChangedHint: 'Namnet gäller nya kodningar. Byt namn på en kodare i projektet under Kodare.',
    projectUsers: 'Kodare i projektet',
    projectUsersIntro: 'Ett nytt namn syns på alla kodningar som kodaren gjort.',
    rename: 'Byt namn på {{name}}',
    renameLabel: 'Namn på kodaren',
    coder: 'Kodare',
    codedBy: 'Kodad av {{name}}',
    filterLabel: 'Kodare',
    allCoders: 'Alla kodare',
    filterSummary_one: '{{count}} kodare vald',
    filterSummary_other: '{{count}} kodare valda',
  },
};
