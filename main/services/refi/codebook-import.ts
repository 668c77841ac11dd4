import { readFile } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { Mutation, OpOutput, OpParsedInput } from '../../../shared/contract';
import { FyndError } from '../../../shared/errors';
import { put } from '../../../shared/model/ops';
import type { Theme } from '../../../shared/model/entities';
import { DEFAULT_THEME_COLOUR } from '../../../shared/model/theme-palette';
import { newId } from '../../../shared/model/primitives';
import { siblingNamed } from '../../../shared/model/theme-names';
import type { ProjectStore } from '../store/project-store';
import { parseQde } from './qde-parser';
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
        ...(code.isCodable ? {} : { codable: false }),
      };
      added.push(theme);
      walk(code.children, theme.id, colour);
    }
  };
  walk(codes, parentId, DEFAULT_THEME_COLOUR);
  return { added, existing };
}

/**
 * A codebook's codes merged into the open project under `parentId` as one edit (one undo step);
 * no edit at all when every name was already there. Used by the app and `fynd import`.
 */
export async function addCodebook(
  store: ProjectStore,
  codes: readonly RefiCode[],
  parentId: string | null,
  subject: string,
): Promise<CodebookMerge & { mutation: Mutation | null }> {
  if (parentId !== null && !store.state.get('themes', parentId)) {
    throw new FyndError('notFound', 'The parent theme does not exist.', { id: parentId });
  }
  const merged = mergeCodebook(codes, store.state.list('themes'), parentId);
  const mutation =
    merged.added.length > 0
      ? await store.commit({ action: 'themes.importCodebook', subject }, () => ({
          ops: merged.added.map((theme) => put('themes', theme)),
        }))
      : null;
  return { ...merged, mutation };
}

/** A .qdc file (an absolute path) into the open project: the contract's `refi.importCodebook`. */
export async function importCodebookFile(
  store: ProjectStore,
  input: OpParsedInput<'refi.importCodebook'>,
): Promise<OpOutput<'refi.importCodebook'>> {
  if (!isAbsolute(input.file)) {
    throw new FyndError('pathNotAbsolute', 'The path must be absolute.', { path: input.file });
  }
  const bytes = await readFile(input.file).catch(() => {
    throw new FyndError('refiNotACodebook', 'The codebook file cannot be read.', {
      path: input.file,
    });
  });
  return importCodebookBytes(store, bytes, basename(input.file), input.parentId);
}

/**
 * A .qdc's bytes into the open project, for the browser fallback (`refi.importCodebookData`):
 * read exactly as a file at a path is.
 */
export async function importCodebookData(
  store: ProjectStore,
  input: OpParsedInput<'refi.importCodebookData'>,
): Promise<OpOutput<'refi.importCodebookData'>> {
  const name = basename(input.name.replace(/\\/g, '/'));
  return importCodebookBytes(store, Buffer.from(input.base64, 'base64'), name, input.parentId);
}

async function importCodebookBytes(
  store: ProjectStore,
  bytes: Uint8Array,
  name: string,
  parentId: string | null,
): Promise<OpOutput<'refi.importCodebook'>> {
  const codebook = parseQde(new TextDecoder('utf-8').decode(bytes));
  const { added, existing, mutation } = await addCodebook(store, codebook.codes, parentId, name);
  return { added: added.length, existing, mutation };
}
