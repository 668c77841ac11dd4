import type ExcelJS from 'exceljs';
import type { Attribute } from '../../../shared/model/attributes';
import type { Language } from '../../../shared/model/primitives';
import {
  DEFAULT_FONT_SIZE,
  linesHeight,
  rowHeight,
  wrappedLines,
  type WrapBox,
} from './row-height';

/** What a cell may hold. Dates are calendar dates at UTC midnight; null leaves the cell empty. */
export type CellValue = string | number | boolean | Date | null;

/** How a column shows its values. */
export type ColumnKind = 'text' | 'wrap' | 'integer' | 'number' | 'balance' | 'date' | 'boolean';

export interface ColumnSpec {
  header: string;
  /** Width in Excel's character units. */
  width: number;
  kind: ColumnKind;
}

/** Excel's limit for the characters in one cell; longer text is cut with a marker. */
export const CELL_LIMIT = 32_767;
const CUT_MARKER = ' […]';

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  integer: '0',
  number: '#,##0.##',
  balance: '+0.00;-0.00;0.00',
};
/** Whole numbers in a 'number' column: '#,##0.##' would show "1,200." with a stray point. */
const WHOLE_NUMBER: Partial<ExcelJS.Style> = { numFmt: '#,##0' };
/** Text with line breaks in a column that does not wrap: it wraps, or the breaks stay unseen. */
const WRAPPED: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true } };

/**
 * Dates as the report's language writes them (as `formatDate` does in the app and on the
 * sheets): ISO in Swedish, "27 Nov 2026" in English, with English month names whatever the
 * reader's Excel speaks ([$-809] is English (UK)).
 */
export const DATE_FORMATS: Record<Language, string> = {
  sv: 'yyyy-mm-dd',
  en: '[$-809]d mmm yyyy',
};

/**
 * The workbook's font, named in every font a style sets: a font with only `bold` falls back to
 * the reader's default (a serif in LibreOffice), which `rowHeight` has not measured.
 */
export const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: DEFAULT_FONT_SIZE };
export const BOLD_FONT: Partial<ExcelJS.Font> = { ...FONT, bold: true };

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE7ECF2' },
};

/** Rows written so far, shared by all tables of one workbook for progress reports. */
export interface RowProgress {
  /** Called once per data row; may pause to let the file stream drain. */
  row(): Promise<void>;
}

/** One worksheet written top to bottom: a styled header row, then data rows committed at once. */
export class TableWriter {
  private count = 0;
  /**
   * One style object per column, shared by its cells: exceljs caches a style's id by object
   * identity, so sharing saves building the style's XML once per cell (a third of the time).
   */
  private readonly styles: Partial<ExcelJS.Style>[];
  private readonly mixed = new WeakMap<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>[]>();
  /** Where each column's text wraps. */
  private readonly boxes: WrapBox[];
  /** Heights of short texts already measured, by column. */
  private readonly heights: Map<string, number>[] = [];

  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly columns: readonly ColumnSpec[],
    private readonly clean: (text: string) => string,
    private readonly progress: RowProgress,
    dateFormat: string = DATE_FORMATS.sv,
  ) {
    this.styles = columns.map((c) => columnStyle(c.kind, dateFormat));
    this.boxes = columns.map((c) => ({ width: c.width }));
    sheet.columns = columns.map((c, i) => ({ width: c.width, style: this.styles[i] }));
    const header = sheet.getRow(1);
    const texts: { text: string; box: WrapBox }[] = [];
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      const text = this.clean(c.header);
      cell.value = text;
      cell.style = {
        font: BOLD_FONT,
        fill: HEADER_FILL,
        alignment: { vertical: 'top', wrapText: true },
        border: { bottom: { style: 'thin', color: { argb: 'FF8899AA' } } },
      };
      texts.push({ text, box: { width: c.width, bold: true } });
    });
    setHeight(header, rowHeight(texts));
    header.commit();
    // Filtering over the header row; written when the sheet is committed.
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }

  /** Data rows written (the header not counted). */
  get rows(): number {
    return this.count;
  }

  /**
   * Writes one data row and commits it to the stream; `styles` adds to a cell's column style.
   * The row is as tall as its tallest wrapped text (see `rowHeight`).
   */
  async addRow(
    values: readonly CellValue[],
    styles?: readonly (Partial<ExcelJS.Style> | undefined)[],
  ): Promise<void> {
    const row = this.sheet.getRow(this.count + 2);
    let height = DEFAULT_HEIGHT;
    values.forEach((value, i) => {
      const cellValue = this.cellValue(value);
      let style = styles?.[i];
      const kind = this.columns[i]?.kind;
      if (typeof cellValue === 'string') {
        const breaks = kind !== 'wrap' && cellValue.includes('\n');
        if (breaks) style = style ? { ...style, ...WRAPPED } : WRAPPED;
        if (kind === 'wrap' || breaks) height = Math.max(height, this.heightOf(cellValue, i));
      } else if (kind === 'number' && Number.isInteger(cellValue)) {
        style = style ? { ...WHOLE_NUMBER, ...style } : WHOLE_NUMBER;
      }
      if (cellValue === null && !style) return;
      const cell = row.getCell(i + 1);
      if (cellValue !== null) cell.value = cellValue;
      cell.style = style ? this.mixedStyle(i, style) : (this.styles[i] ?? {});
    });
    setHeight(row, height);
    row.commit();
    this.count++;
    await this.progress.row();
  }

  /** The height a text needs in a column; short texts repeat (titles, paths) and are kept. */
  private heightOf(text: string, column: number): number {
    const box = this.boxes[column];
    if (!box) return DEFAULT_HEIGHT;
    if (text.length > 200) return linesHeight(wrappedLines(text, box));
    const known = (this.heights[column] ??= new Map());
    let height = known.get(text);
    if (height === undefined) {
      height = linesHeight(wrappedLines(text, box));
      if (known.size < 5_000) known.set(text, height);
    }
    return height;
  }

  /** A column's style with more on top, built once per column and extra style object. */
  private mixedStyle(column: number, extra: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
    let list = this.mixed.get(extra);
    if (!list) {
      list = [];
      this.mixed.set(extra, list);
    }
    return (list[column] ??= { ...this.styles[column], ...extra });
  }

  /** Strings pass the pseudonymiser and Excel's length limit; every string stays a string. */
  private cellValue(value: CellValue): CellValue {
    if (typeof value === 'string') {
      if (value === '') return null;
      const text = this.clean(value);
      return text.length > CELL_LIMIT
        ? text.slice(0, CELL_LIMIT - CUT_MARKER.length) + CUT_MARKER
        : text;
    }
    if (typeof value === 'number' && !Number.isFinite(value)) return null;
    return value;
  }
}

/** One line's height: rows that need no more keep Excel's default (no height written). */
const DEFAULT_HEIGHT = linesHeight(1);

function setHeight(row: ExcelJS.Row, height: number): void {
  if (height > DEFAULT_HEIGHT) row.height = height;
}

function columnStyle(kind: ColumnKind, dateFormat: string): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    alignment: { vertical: 'top', wrapText: kind === 'wrap' },
  };
  const numFmt = kind === 'date' ? dateFormat : NUMBER_FORMATS[kind];
  if (numFmt) style.numFmt = numFmt;
  return style;
}

/** A date of the model (YYYY-MM-DD) as a cell value, or null. */
export function dateCell(date: string | null | undefined): Date | null {
  if (!date) return null;
  const value = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(value.getTime()) ? null : value;
}

/** A typed attribute as a typed cell (numbers stay numbers, dates dates), or empty without one. */
export function attributeCell(attribute: Attribute | undefined): CellValue {
  if (!attribute) return null;
  return attribute.type === 'date' ? dateCell(attribute.value) : attribute.value;
}

/** A column width that fits a header and short values, within bounds. */
export function fitWidth(texts: readonly string[], min = 8, max = 40): number {
  const longest = Math.max(0, ...texts.map((t) => Math.max(...t.split('\n').map((l) => l.length))));
  return Math.min(max, Math.max(min, longest + 2));
}

/** Pairs headers from the label table with widths and kinds, column by column. */
export function columnsOf(
  headers: readonly string[],
  layout: readonly (readonly [width: number, kind: ColumnKind])[],
): ColumnSpec[] {
  return layout.map(([width, kind], i) => ({ header: headers[i] ?? '', width, kind }));
}
