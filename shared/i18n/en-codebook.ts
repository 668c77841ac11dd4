import type { Shape } from './sv';
import type { svCodebook } from './sv-codebook';

/** English messages of the codebook's forms and counts (see sv-codebook.ts). */
export const enCodebook: Shape<typeof svCodebook> = {
  themeForm: {
    addSub: 'Add sub-theme',
    addSubTitle: 'New sub-theme',
    placeHint: 'A new theme goes among the top-level themes unless you choose a parent theme here.',
    nameTaken: 'There is already a theme called “{{name}}” at this level. Choose another name.',
    mergeClash:
      'The sub-theme “{{name}}” cannot move to “{{target}}”: a theme of the same name is already there. Rename one of them first.',
  },
  themeCounts: {
    withSub: '{{codings}} codings · {{sources}} sources · {{cases}} cases with sub-themes',
    direct: 'On the theme itself: {{codings}} codings',
    note: 'Parent themes count their sub-themes (each coding once), as the matrix does.',
  },
};
