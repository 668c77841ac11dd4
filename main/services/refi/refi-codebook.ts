import type { Theme } from '../../../shared/model/entities';
import { DEFAULT_THEME_COLOUR } from '../../../shared/model/theme-palette';
import { siblingNamed } from '../../../shared/model/theme-names';
import { nameList, type ReportDetails } from './import-report';
import type { RefiCode } from './refi-model';
import { cleanName, cleanLongText, type IdKeeper } from './refi-values';

/** The themes built from a codebook, and which theme each code GUID became. */
export interface MappedCodebook {
  themes: Theme[];
  themeOfCode: Map<string, string>;
  /** Notes attached to codes: note GUID → theme id. */
  noteTargets: Map<string, string>;
}

/**
 * Codes → themes: nesting, colour, Description → definition. Names stay unique among siblings
 * (a second "Other" under one parent becomes "Other (2)", reported). REFI's non-codable codes
 * become grouping themes (`codable: false`), and are listed.
 */
export function mapCodebook(
  codes: readonly RefiCode[],
  ids: IdKeeper,
  details: ReportDetails,
  origin: string,
  under: { parentId: string | null; existing: readonly Theme[] } = {
    parentId: null,
    existing: [],
  },
): MappedCodebook {
  const themes: Theme[] = [];
  const themeOfCode = new Map<string, string>();
  const noteTargets = new Map<string, string>();
  const groupings: string[] = [];
  const walk = (list: readonly RefiCode[], parentId: string | null, inherited: string) => {
    const baseOrder = parentId === under.parentId ? siblingsCount(under) : 0;
    list.forEach((code, index) => {
      const wanted = cleanName(code.name, code.guid);
      const name = uniqueName([...under.existing, ...themes], parentId, wanted);
      if (name !== wanted) details.note('themeRenamed', { name: wanted, renamed: name });
      const colour = /^#[0-9a-f]{6}$/i.test(code.color ?? '')
        ? (code.color ?? '').toLowerCase()
        : inherited;
      const id = ids.keep(code.guid);
      themes.push({
        id,
        parentId,
        name,
        colour,
        definition: cleanLongText(code.description),
        inclusion: '',
        exclusion: '',
        example: '',
        order: baseOrder + index,
        ...(code.isCodable ? {} : { codable: false }),
      });
      themeOfCode.set(code.guid, id);
      for (const note of code.noteRefs) noteTargets.set(note, id);
      if (!code.isCodable) groupings.push(name);
      walk(code.children, id, colour);
    });
  };
  walk(codes, under.parentId, DEFAULT_THEME_COLOUR);
  if (groupings.length > 0) {
    details.note('notCodable', { count: groupings.length, origin, names: nameList(groupings) });
  }
  return { themes, themeOfCode, noteTargets };
}

function siblingsCount(under: { parentId: string | null; existing: readonly Theme[] }): number {
  return under.existing.filter((t) => t.parentId === under.parentId).length;
}

function uniqueName(themes: readonly Theme[], parentId: string | null, wanted: string): string {
  let name = wanted;
  for (let n = 2; siblingNamed(themes, parentId, name); n++) name = `${wanted} (${n})`;
  return name;
}
