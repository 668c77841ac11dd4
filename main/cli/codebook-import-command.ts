import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { translate } from '../../shared/i18n';
import { addCodebook } from '../services/refi/codebook-import';
import { nameList } from '../services/refi/import-report';
import { parseQde } from '../services/refi/qde-parser';
import { ProjectStore } from '../services/store/project-store';
import { flagValue, type ParsedArgs } from './args';
import type { Output } from './cli-main';
import { cliLanguage } from './cli-language';
import { sameName } from './same-name';

/**
 * `fynd import <dir> codebook.qdc [--under THEME]`: a REFI-QDA codebook's codes as themes of an
 * existing project, at the top or under a theme; names already there are reported, not doubled.
 * One edit, so one undo step in the app.
 */
export async function codebookImportCommand(
  dir: string,
  file: string,
  args: ParsedArgs,
  out: Output,
  err: Output,
): Promise<number> {
  const lang = cliLanguage();
  const codebook = parseQde(new TextDecoder('utf-8').decode(await readFile(resolve(file))));
  const { store } = await ProjectStore.open(dir);
  try {
    const under = flagValue(args, 'under');
    const themes = store.state.list('themes');
    const parent = under ? themes.find((t) => sameName(t.name, under)) : undefined;
    if (under && !parent) {
      err.write(`fynd import: ${translate(lang, 'refiCodebook.noParent', { name: under })}\n`);
      return 1;
    }
    const { added, existing } = await addCodebook(
      store,
      codebook.codes,
      parent?.id ?? null,
      basename(file),
    );
    out.write(
      `${translate(lang, 'refiCodebook.added', { count: added.length, parent: parent?.name ?? translate(lang, 'refiCodebook.top') })}\n`,
    );
    if (existing.length > 0) {
      out.write(
        `${translate(lang, 'refiCodebook.existing', { count: existing.length, names: nameList(existing) })}\n`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}
