import { resolve } from 'node:path';
import { SourceImportMetaSchema } from '../../shared/contract';
import { SourceKindSchema } from '../../shared/model/entities';
import { fileCandidate, importSources } from '../services/import/import-sources';
import { ProjectStore } from '../services/store/project-store';
import { flagValue, type ParsedArgs } from './args';
import type { Output } from './cli-main';
import { sameName } from './same-name';
import { cliMessage } from './cli-language';
import { codebookImportCommand } from './codebook-import-command';
import { isRefiProjectFile, refiImportCommand } from './refi-import-command';

/**
 * `fynd import <dir> <files…> [--case NAME] [--kind KIND]`: the same importers and checks as the
 * app, for the 40 transcripts a transcription service delivers at once. Exit code 1 if any failed.
 * One .qdpx (or project.qde) makes the folder a new project from another tool instead.
 */
export async function importCommand(
  dir: string,
  files: string[],
  args: ParsedArgs,
  out: Output,
  err: Output,
): Promise<number> {
  if (files.length === 0) {
    err.write('fynd import: name at least one file to import.\n');
    return 2;
  }
  const [first] = files;
  if (files.length === 1 && first !== undefined && isRefiProjectFile(first)) {
    return refiImportCommand(dir, first, out, err);
  }
  if (files.length === 1 && first !== undefined && /\.qdc$/i.test(first)) {
    return codebookImportCommand(dir, first, args, out, err);
  }
  const kind = SourceKindSchema.safeParse(flagValue(args, 'kind') ?? 'interview');
  if (!kind.success) {
    err.write(`fynd import: --kind must be one of ${SourceKindSchema.options.join(', ')}.\n`);
    return 2;
  }
  const { store } = await ProjectStore.open(dir);
  try {
    const caseName = flagValue(args, 'case');
    const found = caseName
      ? store.state.list('cases').find((c) => sameName(c.name, caseName))
      : undefined;
    if (caseName && !found) {
      const names = store.state.list('cases').map((c) => c.name);
      err.write(
        `fynd import: no case named "${caseName}"${names.length ? ` (cases: ${names.join(', ')})` : ''}; nothing was imported.\n`,
      );
      return 1;
    }
    const meta = SourceImportMetaSchema.parse({ kind: kind.data, caseId: found?.id ?? null });
    const outcome = await importSources(
      store,
      files.map((f) => fileCandidate(resolve(f))),
      meta,
    );
    for (const result of outcome.results) {
      if (result.ok) {
        const replaced =
          result.replaced > 0
            ? `; ${result.replaced} byte(s) not valid ${result.format}, shown as U+FFFD`
            : '';
        const pages = result.pages ? `${result.pages} page${result.pages === 1 ? '' : 's'}, ` : '';
        const running =
          result.runningLines.length > 0
            ? `; left out as running headers and footers: ${result.runningLines.map((l) => `"${l}"`).join(', ')}`
            : '';
        out.write(
          `imported  ${result.file} → "${result.title}" (${result.format}, ${pages}${result.length} characters${replaced}${running})\n`,
        );
      } else {
        err.write(`skipped   ${result.file}: ${cliMessage(result.error)}\n`);
      }
    }
    const failed = outcome.results.filter((r) => !r.ok).length;
    out.write(`${outcome.results.length - failed} imported, ${failed} skipped.\n`);
    return failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
