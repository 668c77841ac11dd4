/**
 * Swedish messages of the codebook tree: moving, merging and deleting themes. Spread into `sv`; `en-codebook-tree.ts` must hold the same keys.
 */
export const svCodebookTree = {
  codebookTree: {
    counts: '{{codings}} kodningar · {{sources}} källor · {{cases}} fall',
    hint: 'Flytta ett tema genom att dra det före, efter eller på ett annat tema, eller med tangentbordet: Alt + ↑ ↓ byter plats, Alt + → lägger det under temat ovanför, Alt + ← flyttar ut det en nivå.',
    movedTop: '”{{name}}” flyttades till plats {{position}} av {{count}} bland huvudteman.',
    movedUnder: '”{{name}}” flyttades till plats {{position}} av {{count}} under ”{{parent}}”.',
    moveGroup: 'Flytta',
    move: {
      up: 'Upp',
      down: 'Ned',
      outdent: 'Ut',
      indent: 'In',
    },
    moveHint: {
      up: 'Flytta upp bland syskonen (Alt + ↑)',
      down: 'Flytta ned bland syskonen (Alt + ↓)',
      outdent: 'Flytta ut en nivå (Alt + ←)',
      indent: 'Lägg under temat ovanför (Alt + →)',
    },
    merge: 'Slå ihop med…',
    mergeTitle: 'Slå ihop ”{{name}}” med ett annat tema',
    mergeIntro:
      'Kodningarna med ”{{name}}” får i stället det tema du väljer. Underteman, slutsatser och memon följer med.',
    impactLoading: 'Räknar vad som påverkas…',
    mergeInto: 'Slå ihop med',
    chooseTarget: 'Välj tema…',
    mergeCodings_one: '{{count}} kodning flyttas till ”{{target}}”.',
    mergeCodings_other: '{{count}} kodningar flyttas till ”{{target}}”.',
    mergeNoCodings: 'Inga kodningar använder ”{{name}}”.',
    mergeBoth_one: '{{count}} av dem har redan ”{{target}}”.',
    mergeBoth_other: '{{count}} av dem har redan ”{{target}}”.',
    mergeChildren_one: '{{count}} undertema flyttas under ”{{target}}”.',
    mergeChildren_other: '{{count}} underteman flyttas under ”{{target}}”.',
    mergeUndo: 'Temat ”{{name}}” tas sedan bort. Du kan ångra sammanslagningen.',
    mergeConfirm: 'Slå ihop',
  },
};
