import { basename, resolve } from 'node:path';
import { mergeReportLines } from '../services/merge/merge-report';
import { mergeInto, readMergeSide } from '../services/merge/merge-service';
import { ProjectStore } from '../services/store/project-store';
import type { Output } from './cli-main';
import { cliLanguage } from './cli-language';

/**
 * `fynd merge <dir> <other-dir | other.qdpx>`: another copy of the same study merged into the
 * project as one edit (one undo step in the app), and the report printed. Merging the same copy
 * again changes nothing.
 */
export async function mergeCommand(
  dir: string,
  others: readonly string[],
  out: Output,
  err: Output,
): Promise<number> {
  const [other, ...rest] = others;
  if (other === undefined || rest.length > 0) {
    err.write('fynd merge: name one other copy, a project folder or a .qdpx file.\n');
    return 2;
  }
  const lang = cliLanguage();
  const side = await readMergeSide(resolve(other), lang);
  const { store } = await ProjectStore.open(dir);
  try {
    const { plan } = await mergeInto(store, side, basename(other));
    for (const line of mergeReportLines(plan, side.name, lang)) out.write(`${line}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
