import { resolve } from 'node:path';
import { translate } from '../../shared/i18n';
import { inspectProject } from '../services/project-inspector';
import { projectTexts, writeQdc, writeQdpx } from '../services/refi/qdpx-export';
import { flagValue, type ParsedArgs } from './args';
import type { Output } from './cli-main';
import { cliLanguage } from './cli-language';
import { openNote } from './open-note';

/**
 * `fynd export <dir> --out file.qdpx [--offsets utf16|codepoints]`: the project as a REFI-QDA
 * archive (offsets as NVivo reads them by default); `--out file.qdc` writes the codebook only.
 */
export async function refiExportCommand(
  dir: string,
  args: ParsedArgs,
  out: Output,
  err: Output,
): Promise<number> {
  const lang = cliLanguage();
  const target = flagValue(args, 'out');
  const offsets = flagValue(args, 'offsets') ?? 'utf16';
  if (!target || !/\.(qdpx|qdc)$/i.test(target)) {
    err.write(`fynd export: ${translate(lang, 'refiExport.badOut')}\n`);
    return 2;
  }
  if (offsets !== 'utf16' && offsets !== 'codepoints') {
    err.write(`fynd export: ${translate(lang, 'refiExport.badOffsets')}\n`);
    return 2;
  }
  const path = resolve(target);
  const { data, openInApp, seq } = await inspectProject(dir);
  if (openInApp) err.write(openNote(seq));
  if (/\.qdc$/i.test(path)) {
    await writeQdc(path, data);
    out.write(
      `${translate(lang, 'refiExport.wroteCodebook', { path, themes: data.themes.length })}\n`,
    );
    return 0;
  }
  const summary = await writeQdpx(path, data, await projectTexts(dir, data), offsets);
  const units = translate(
    lang,
    offsets === 'utf16' ? 'refiExport.unitsUtf16' : 'refiExport.unitsCodepoints',
  );
  out.write(`${translate(lang, 'refiExport.wrote', { path, ...summary, units })}\n`);
  out.write(`${translate(lang, 'refiExport.notSeen', summary.onlyFynd)}\n`);
  return 0;
}
