import type ExcelJS from 'exceljs';
import type { ReportContext } from '../report-context';
import { columnsOf, FONT } from '../table-writer';

/** Counts of one theme: codings carrying it directly, and their distinct sources and cases. */
interface ThemeCounts {
  codings: number;
  sources: Set<string>;
  cases: Set<string>;
}

/** Sheet 2: the codebook in tree order, with the colour as a swatch and what was coded. */
export async function writeCodebookSheet(context: ReportContext): Promise<void> {
  const { labels, data } = context;
  const table = context.book.table(
    labels.sheets.codebook,
    columnsOf(labels.codebook, [
      [40, 'wrap'],
      [24, 'wrap'],
      [7, 'integer'],
      [45, 'wrap'],
      [35, 'wrap'],
      [35, 'wrap'],
      [40, 'wrap'],
      [10, 'text'],
      [11, 'integer'],
      [9, 'integer'],
      [8, 'integer'],
    ]),
    { frozenColumns: 1 },
  );
  const caseOfSource = new Map(data.sources.map((s) => [s.id, s.caseId]));
  const counts = new Map<string, ThemeCounts>();
  for (const coding of data.codings) {
    const caseId = caseOfSource.get(coding.sourceId);
    for (const themeId of new Set(coding.themeIds)) {
      let entry = counts.get(themeId);
      if (!entry) {
        entry = { codings: 0, sources: new Set(), cases: new Set() };
        counts.set(themeId, entry);
      }
      entry.codings++;
      entry.sources.add(coding.sourceId);
      if (caseId) entry.cases.add(caseId);
    }
  }
  for (const { theme, depth } of context.themeTree) {
    const count = counts.get(theme.id);
    const colour = theme.colour.slice(1).toUpperCase();
    await table.addRow(
      [
        context.themePath.get(theme.id) ?? theme.name,
        theme.name,
        depth + 1,
        theme.definition,
        theme.inclusion,
        theme.exclusion,
        theme.example,
        `#${colour}`,
        count?.codings ?? 0,
        count?.sources.size ?? 0,
        count?.cases.size ?? 0,
      ],
      swatch(colour),
    );
  }
}

/** Styles that paint the colour cell (column 8) in the theme's colour, with readable text. */
function swatch(rgb: string): (Partial<ExcelJS.Style> | undefined)[] {
  const styles: (Partial<ExcelJS.Style> | undefined)[] = [];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const light = 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.55;
  styles[7] = {
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } },
    font: { ...FONT, color: { argb: light ? 'FF000000' : 'FFFFFFFF' } },
  };
  return styles;
}
