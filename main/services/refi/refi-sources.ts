import type { Lang } from '../../../shared/i18n';
import type { Source } from '../../../shared/model/entities';
import type { ReportDetails } from './import-report';
import { chooseConvention, type OffsetConvention } from './offset-conventions';
import type { QdeContainer } from './qdpx-archive';
import type { RefiSelection, RefiTextSource } from './refi-model';
import { loadSourceText } from './refi-source-text';
import { mapTextPositions } from './text-position-map';
import { cleanName, type IdKeeper } from './refi-values';

/** A selection placed on a stored text, in code points. */
export interface PlacedSelection {
  sourceId: string;
  start: number;
  end: number;
  selection: RefiSelection;
}

/** How one source's offsets were read, for the report and the tests. */
export interface SourceReading {
  sourceId: string;
  title: string;
  convention: OffsetConvention;
  selections: number;
  placed: number;
  onWords: number;
}

export interface MappedSources {
  sources: Source[];
  texts: Map<string, string>;
  placed: PlacedSelection[];
  readings: SourceReading[];
  /** Source GUID → Fynd id. */
  sourceOfGuid: Map<string, string>;
}

/**
 * TextSources → sources: each text stored the Fynd way (NFC, `\n`), each selection's offsets read
 * under the convention that fits this source's text and moved exactly onto the stored text.
 */
export async function mapSources(
  textSources: readonly RefiTextSource[],
  container: QdeContainer,
  context: { basePath: string; origin: string; now: string; lang: Lang; fileName: string },
  ids: IdKeeper,
  details: ReportDetails,
): Promise<MappedSources> {
  const result: MappedSources = {
    sources: [],
    texts: new Map(),
    placed: [],
    readings: [],
    sourceOfGuid: new Map(),
  };
  for (const source of textSources) {
    const original = await loadSourceText(
      source,
      container,
      context.basePath,
      details,
      context.lang,
    );
    if (!original) continue;
    const stored = mapTextPositions(original.text);
    const fromPath = (source.plainTextPath ?? source.richTextPath ?? '').split(/[\\/]/).pop() ?? '';
    const title = cleanName(source.name || fromPath.replace(/\.[^.]*$/, ''), source.guid);
    if (stored.text.trim() === '') {
      details.missed(1 + source.selections.length, 'sourceUnreadable', {
        source: title,
        reason: '–',
      });
      continue;
    }
    const id = ids.keep(source.guid);
    result.sourceOfGuid.set(source.guid, id);
    result.texts.set(id, stored.text);
    result.sources.push({
      id,
      title,
      kind: 'interview',
      caseId: null,
      respondentIds: [],
      date: null,
      interviewer: '',
      length: stored.length,
      origin:
        `${context.fileName} → ${source.plainTextPath ?? source.richTextPath ?? source.name}`.slice(
          0,
          1000,
        ),
      imported: context.now,
    });
    if (source.selections.length === 0) continue;
    const choice = chooseConvention(original.text, original.hasBom, source.selections);
    let placed = 0;
    let adjusted = 0;
    choice.ranges.forEach((range, i) => {
      const selection = source.selections[i] as RefiSelection;
      const start = range ? stored.offsetOf(range.start, 'down') : null;
      const end = range ? stored.offsetOf(range.end, 'up') : null;
      if (!start || !end || end.offset <= start.offset) {
        details.missed(1, 'selectionUnfit', {
          source: title,
          name: selection.name || selection.guid,
          start: selection.start,
          end: selection.end,
        });
        return;
      }
      if (!start.exact || !end.exact) adjusted++;
      placed++;
      result.placed.push({ sourceId: id, start: start.offset, end: end.offset, selection });
    });
    const reading: SourceReading = {
      sourceId: id,
      title,
      convention: choice.convention,
      selections: source.selections.length,
      placed,
      onWords: choice.onWords,
    };
    result.readings.push(reading);
    details.note('convention', {
      source: title,
      units: { msg: unitsMessage(choice.convention, original.text) },
      crlf: original.text.includes('\r\n') ? { msg: `crlf${choice.convention.crlf}` } : '',
      bom: original.hasBom
        ? { msg: choice.convention.bomCounted ? 'bomCounted' : 'bomNotCounted' }
        : '',
      onWords: choice.onWords,
      count: source.selections.length,
    });
    if (choice.undecided) details.note('undecided', { source: title });
    if (adjusted > 0) details.note('selectionsAdjusted', { source: title, count: adjusted });
  }
  return result;
}

/** Which units the report names; a text without astral characters counts both alike. */
function unitsMessage(convention: OffsetConvention, text: string): string {
  if (!/[\uD800-\uDBFF]/.test(text)) return 'unitsSame';
  return convention.units === 'utf16' ? 'unitsUtf16' : 'unitsCodepoints';
}
