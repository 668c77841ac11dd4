import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { TableWriter, type ColumnSpec, type RowProgress } from './table-writer';

/** Rows between pauses that let the zip stream drain and progress reach the window. */
const ROWS_PER_PAUSE = 500;

export interface TableOptions {
  /** Columns kept in view when scrolling right (besides the header row, always frozen). */
  frozenColumns?: number;
  /**
   * Columns that go on paper, from the first (default all): a sheet too wide to read when
   * shrunk to one page prints its reading columns and keeps the rest for the screen.
   */
  printColumns?: number;
}

export interface ReportBookOptions {
  stream: Writable;
  title: string;
  created: Date;
  /** Text for the page header's left side (the project), already pseudonymised. */
  headerText: string;
  /** Pseudonymiser for every string cell. */
  clean: (text: string) => string;
  /** Rows expected in the whole workbook, for progress. */
  totalRows: number;
  onProgress?: (done: number, total: number) => void;
  /** Throws when the output has failed, so writing stops early. */
  checkOutput: () => void;
  /** The number format of date cells (the report language's, see `DATE_FORMATS`). */
  dateFormat: string;
}

/**
 * A workbook written with exceljs's streaming writer: each sheet is written top to bottom and
 * committed before the next, so memory stays flat however many quotes there are.
 */
export class ReportBook {
  private readonly writer: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly tables: { name: string; table: TableWriter }[] = [];
  private done = 0;

  constructor(private readonly options: ReportBookOptions) {
    this.writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: options.stream,
      useStyles: true,
      useSharedStrings: false,
    });
    // Document properties (docProps/core.xml).
    this.writer.creator = 'Fynd';
    this.writer.lastModifiedBy = 'Fynd';
    this.writer.title = options.title;
    this.writer.created = options.created;
    this.writer.modified = options.created;
  }

  /** Opens the next sheet with its header row, frozen panes, autofilter and print setup. */
  table(name: string, columns: readonly ColumnSpec[], options: TableOptions = {}): TableWriter {
    const previous = this.tables.at(-1);
    previous?.table.sheet.commit();
    const printed = columns.slice(0, options.printColumns ?? columns.length);
    const width = printed.reduce((sum, c) => sum + c.width, 0);
    const frozenColumns = options.frozenColumns ?? 0;
    const sheet = this.writer.addWorksheet(name, {
      views: [
        {
          state: 'frozen',
          xSplit: frozenColumns,
          ySplit: 1,
          topLeftCell: cellName(2, frozenColumns + 1),
          activeCell: 'A2',
        },
      ],
      pageSetup: {
        paperSize: 9,
        // Portrait fits roughly 100 characters of column width on A4.
        orientation: width > 100 ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
        ...(printed.length < columns.length
          ? { printArea: `A:${cellName(1, printed.length).replace(/\d+$/, '')}` }
          : {}),
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      },
      headerFooter: {
        oddHeader: `&L${escapeHeader(this.options.headerText)}&R${escapeHeader(name)}`,
        oddFooter: `&L${escapeHeader(this.options.title)}&R&P / &N`,
      },
    });
    const table = new TableWriter(
      sheet,
      columns,
      this.options.clean,
      this.rowProgress,
      this.options.dateFormat,
    );
    this.tables.push({ name, table });
    return table;
  }

  private readonly rowProgress: RowProgress = {
    row: async () => {
      this.done++;
      if (this.done % ROWS_PER_PAUSE === 0) {
        this.options.checkOutput();
        this.options.onProgress?.(this.done, Math.max(this.done, this.options.totalRows));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    },
  };

  /** Commits the last sheet and the workbook parts; resolves when the zip is fully written. */
  async finish(): Promise<{ sheets: string[]; rows: Record<string, number> }> {
    this.tables.at(-1)?.table.sheet.commit();
    await this.writer.commit();
    this.options.onProgress?.(this.done, this.done);
    return {
      sheets: this.tables.map((t) => t.name),
      rows: Object.fromEntries(this.tables.map((t) => [t.name, t.table.rows])),
    };
  }
}

/** "&" starts a code in Excel page headers; a literal one is doubled. */
function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&').slice(0, 120);
}

/** An A1-style reference. */
export function cellName(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}
