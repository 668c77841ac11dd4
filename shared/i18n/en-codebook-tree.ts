import type { Shape } from './sv';
import type { svCodebookTree } from './sv-codebook-tree';

/** English messages of the codebook tree: moving, merging and deleting themes (see sv-codebook-tree.ts). */
export const enCodebookTree: Shape<typeof svCodebookTree> = {
  codebookTree: {
    counts: '{{codings}} codings · {{sources}} sources · {{cases}} cases',
    hint: 'Move a theme by dragging it before, after or onto another theme, or with the keyboard: Alt + ↑ ↓ reorders, Alt + → puts it under the theme above, Alt + ← moves it out one level.',
    movedTop: '“{{name}}” moved to position {{position}} of {{count}} among top-level themes.',
    movedUnder: '“{{name}}” moved to position {{position}} of {{count}} under “{{parent}}”.',
    moveGroup: 'Move',
    move: {
      up: 'Up',
      down: 'Down',
      outdent: 'Out',
      indent: 'In',
    },
    moveHint: {
      up: 'Move up among its siblings (Alt + ↑)',
      down: 'Move down among its siblings (Alt + ↓)',
      outdent: 'Move out one level (Alt + ←)',
      indent: 'Put under the theme above (Alt + →)',
    },
    merge: 'Merge into…',
    mergeTitle: 'Merge “{{name}}” into another theme',
    mergeIntro:
      'Codings with “{{name}}” get the theme you choose instead. Sub-themes, findings and memos follow.',
    impactLoading: 'Counting what it changes…',
    mergeInto: 'Merge into',
    chooseTarget: 'Choose a theme…',
    mergeCodings_one: '{{count}} coding moves to “{{target}}”.',
    mergeCodings_other: '{{count}} codings move to “{{target}}”.',
    mergeNoCodings: 'No codings use “{{name}}”.',
    mergeBoth_one: '{{count}} of them already has “{{target}}”.',
    mergeBoth_other: '{{count}} of them already have “{{target}}”.',
    mergeChildren_one: '{{count}} sub-theme moves under “{{target}}”.',
    mergeChildren_other: '{{count}} sub-themes move under “{{target}}”.',
    mergeUndo: 'The theme “{{name}}” is then deleted. You can undo the merge.',
    mergeConfirm: 'Merge',
  },
};
