import JSZip from 'jszip';
import type { ProjectData } from '../../../shared/model/project-data';
import {
  unseenByOtherTools,
  valencedCount,
  type UnseenKind,
} from '../../../shared/refi-interchange';
import { withAtomicOutput } from '../output/atomic-output';
import { SourceTexts } from '../store/source-texts';
import { codebookQdc, projectQde, type OffsetUnits } from './qde-writer';

/** What the export wrote, and what other tools will not see (carried only in Fynd's note). */
export interface QdpxExportSummary {
  sources: number;
  codings: number;
  themes: number;
  /** Counts of what only Fynd reads back (the one count the export dialog shows too). */
  onlyFynd: Record<UnseenKind, number>;
}

/** The version other tools see as the project's origin. */
const ORIGIN = 'Fynd 0.1.0';

/**
 * A project as a REFI-QDA archive, in memory: project.qde and each text as
 * `sources/<id>.txt` (UTF-8, `\n`), offsets in the chosen units.
 */
export async function qdpxBytes(
  data: ProjectData,
  texts: ReadonlyMap<string, string>,
  offsets: OffsetUnits,
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', projectQde(data, texts, { offsets, origin: ORIGIN }));
  for (const source of data.sources)
    zip.file(`sources/${source.id}.txt`, texts.get(source.id) ?? '');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Reads every source text of a project folder. */
export async function projectTexts(dir: string, data: ProjectData): Promise<Map<string, string>> {
  const reader = new SourceTexts(dir);
  const texts = new Map<string, string>();
  for (const source of data.sources) texts.set(source.id, await reader.read(source.id));
  return texts;
}

/** Writes the project as .qdpx, atomically (a temp file renamed over the target). */
export async function writeQdpx(
  path: string,
  data: ProjectData,
  texts: ReadonlyMap<string, string>,
  offsets: OffsetUnits,
): Promise<QdpxExportSummary> {
  const bytes = await qdpxBytes(data, texts, offsets);
  await writeAtomically(path, bytes);
  return summaryOf(data);
}

/** Writes the codebook as .qdc, atomically. */
export async function writeQdc(path: string, data: ProjectData): Promise<void> {
  await writeAtomically(path, new TextEncoder().encode(codebookQdc(data, ORIGIN)));
}

async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await withAtomicOutput(path, ({ stream }) => {
    stream.end(bytes);
    return Promise.resolve();
  });
}

function summaryOf(data: ProjectData): QdpxExportSummary {
  return {
    sources: data.sources.length,
    codings: data.codings.length,
    themes: data.themes.length,
    onlyFynd: unseenByOtherTools(data, valencedCount(data.codings)),
  };
}
