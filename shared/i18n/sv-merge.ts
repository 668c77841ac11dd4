/**
 * Svenska ord för att slå ihop en annan kopia av samma studie. Sprids in i `sv`;
 * `en-merge.ts` måste ha samma nycklar.
 */
export const svMerge = {
  mergeForm: {
    title: 'Slå ihop med en annan kopia',
    intro:
      'En kollegas kopia av samma studie blir en del av det här projektet: nya fall, teman, källor och kodningar läggs till med sina kodare, och det som redan finns här dubbleras aldrig. Kopian du läser från ändras inte.',
    path: 'Kopians plats',
    pathHint:
      'En Fynd-projektmapp eller en .qdpx-fil från NVivo, ATLAS.ti, MAXQDA eller QualCoder, med hela sökvägen, t.ex. /Users/anna/Delat/studie-bertil.fynd',
    submit: 'Slå ihop',
    undoHint: 'Ångra tar tillbaka hela sammanslagningen i ett steg.',
    open: 'Slå ihop en kollegas kopia…',
  },
  merge: {
    from: 'Sammanslagning med {{name}}:',
    added:
      'Tillagt: {{users}} kodare, {{cases}} fall, {{respondents}} respondenter, {{themes}} teman, {{sources}} källor och {{codings}} kodningar.',
    matched:
      'Fanns redan här: {{users}} kodare, {{cases}} fall, {{respondents}} respondenter, {{themes}} teman, {{sources}} källor och {{codings}} kodningar.',
    nothingNew: 'Inget nytt: allt som kan slås ihop fanns redan här. Projektet är oförändrat.',
    conflict_themeRenamed:
      'Temat ”{{ours}}” heter ”{{theirs}}” i den andra kopian. Regel: namnet här behålls.',
    conflict_caseRenamed:
      'Fallet ”{{ours}}” heter ”{{theirs}}” i den andra kopian. Regel: namnet här behålls.',
    conflict_sourceTextDiffers:
      'Källan ”{{ours}}” har en annan text i den andra kopian. Regel: texten här behålls, och kopians {{codings}} kodningar i den tas inte med (deras positioner skulle peka på andra ord).',
    conflict_sourceTextMissing:
      'Källan ”{{theirs}}” saknar läsbar text i den andra kopian. Regel: den och dess {{codings}} kodningar tas inte med.',
    outsideText_one:
      '{{count}} kodning i den andra kopian når förbi slutet av källans text. Regel: den tas inte med.',
    outsideText_other:
      '{{count}} kodningar i den andra kopian når förbi slutet av källornas text. Regel: de tas inte med.',
    notMerged:
      'Slås inte ihop, finns bara i den andra kopian: {{findings}} slutsatser, {{recommendations}} rekommendationer, {{questions}} utvärderingsfrågor, {{memos}} memon, {{syntheses}} synteser, {{pseudonyms}} pseudonymer. För över dem för hand vid behov.',
  },
};
