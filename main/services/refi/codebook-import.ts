import type { Theme } from '../../../shared/model/entities';
import { DEFAULT_THEME_COLOUR } from '../../../shared/model/theme-palette';
import { newId } from '../../../shared/model/primitives';
import { siblingNamed } from '../../../shared/model/theme-names';
import type { RefiCode } from './refi-model';
import { cleanLongText, cleanName } from './refi-values';


export interface CodebookMerge {
  /** The new themes, in the order they are added. */
  added: Theme[];
  /** Codes whose name a sibling already has: not duplicated, their children go under it. */
  existing: string[];
}

/**
 * A codebook's codes as new themes under `parentId` in a project that has `themes`: a code named
 * like a theme at the same level is that theme (reported, never a second one), and its
 * sub-codes are merged under it the same way.
 */
export function mergeCodebook(
  codes: readonly RefiCode[],
  themes: readonly Theme[],
  parentId: string | null,
): CodebookMerge {
  const added: Theme[] = [];
  const existing: string[] = [];
  const walk = (list: readonly RefiCode[], parent: string | null, inherited: string) => {
    for (const code of list) {
      const name = cleanName(code.name, code.guid);
      const all = [...themes, ...added];
      const found = siblingNamed(all, parent, name);
      if (found) {
        existing.push(name);
        walk(code.children, found.id, inherited);
        continue;
      }
      const colour = /^#[0-9a-f]{6}$/i.test(code.color ?? '')
        ? (code.color ?? '').toLowerCase()
        : inherited;
      const siblings = all.filter((t) => t.parentId === parent).map((t) => t.order);
      const theme: Theme = {
        id: newId(),
        parentId: parent,
        name,
        colour,
        definition: cleanLongText(code.description),
        inclusion: '',
        exclusion: '',
        example: '',
        order: siblings.length > 0 ? Math.max(...siblings) + 1 : 0,
      };
      added.push(theme);
      walk(code.children, theme.id, colour);
    }
  };
  walk(codes, parentId, DEFAULT_THEME_COLOUR);
  return { added, existing };
}
