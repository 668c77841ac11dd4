/**
 * Swedish messages of the start screen's recent list, the demo copies and the connection to
 * Fynd's host. Spread into `sv`; `en-start.ts` must hold the same keys.
 */
export const svStart = {
  recentList: {
    folderMissing: 'Mappen finns inte längre: {{dir}}',
    projectMissing: 'Mappen innehåller inte längre något projekt: {{dir}}',
    forget: 'Ta bort från listan',
    forgetHint: 'Bara raden i listan tas bort; inga filer rörs.',
  },
  demoCopy: {
    startOver: 'Börja om med demot…',
    title: 'Börja om med demoprojektet?',
    body: 'Fynd skriver en ny, orörd kopia av demoprojektet och öppnar den.',
    kept: 'Din nuvarande kopia, med alla dina ändringar, ligger kvar i sin mapp och finns kvar under Senaste projekt:',
    confirm: 'Börja om',
    openFailed: 'Din kopia av demoprojektet kunde inte öppnas. Den ligger kvar orörd i {{dir}}.',
    openFailedHelp:
      'Du kan också börja om med demot: Fynd skriver då en ny kopia bredvid, och den här finns kvar.',
  },
  connection: {
    lost: 'Anslutningen till Fynd bröts',
    onDisk: 'Alla ändringar som visades som ”Sparat” finns på disken.',
    restartWeb:
      'Starta Fynd igen med <code>{{command}}</code> i terminalen. Fynd öppnas då i ett nytt fönster, och det här fönstret kan du stänga.',
    restartApp: 'Starta Fynd igen för att fortsätta.',
    unconfirmed: 'Din senaste ändring bekräftades inte. Kontrollera den när Fynd körs igen.',
    back: 'Fynd svarar igen.',
    backHelp: 'Läs in sidan på nytt för att fortsätta där du var.',
    reload: 'Läs in sidan igen',
    status: 'Ingen anslutning',
  },
};
