import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Debian's python3 has python3-openpyxl; the python3 on PATH may not. FYND_PYTHON names another
 * (the desktop workflow's, on Windows and macOS).
 */
export const PYTHON = process.env.FYND_PYTHON || '/usr/bin/python3';

/** A cell as openpyxl reads it: its value (dates as ISO text) and its data type. */
export interface XlsxCell {
  /** openpyxl data_type: 's' string, 'n' number, 'd' date, 'b' boolean, 'f' formula, 'e' error. */
  t: string;
  v: string | number | boolean | null;
  /** The cell's number format (only when asked for; see `readXlsx`). */
  f?: string;
}

/** One worksheet as openpyxl sees it. */
export interface XlsxSheet {
  name: string;
  dimensions: string;
  maxRow: number;
  maxColumn: number;
  /** The first row's values as text. */
  header: (string | null)[];
  freezePanes: string | null;
  autoFilter: string | null;
  printTitleRows: string | null;
  orientation: string | null;
  fitToWidth: number | null;
  fitToHeight: number | null;
  fitToPage: boolean;
  /** Ranges that carry conditional formats, with their rule types. */
  conditionalFormats: { range: string; types: string[] }[];
  columnWidths: Record<string, number>;
  /** Heights (points) of the rows that set one, by row number. */
  rowHeights: Record<string, number>;
  /** The print area, when the sheet prints only part of itself. */
  printArea: string | null;
  /** Every cell, row by row (only when asked for; see `readXlsx`). */
  rows?: XlsxCell[][];
}

export interface XlsxBook {
  sheetNames: string[];
  properties: { creator: string | null; title: string | null; created: string | null };
  sheets: XlsxSheet[];
}

const SCRIPT = String.raw`
import json, sys, datetime
import openpyxl
path, with_cells, with_formats = sys.argv[1], sys.argv[2] == '1', sys.argv[3] == '1'
wb = openpyxl.load_workbook(path)
def plain(v):
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return v.isoformat()
    return v
sheets = []
for ws in wb.worksheets:
    cf = []
    for rng in ws.conditional_formatting:
        cf.append({'range': str(rng.sqref), 'types': [r.type for r in rng.rules]})
    ps = ws.page_setup
    sheet = {
        'name': ws.title,
        'dimensions': ws.dimensions,
        'maxRow': ws.max_row,
        'maxColumn': ws.max_column,
        'header': [None if c.value is None else str(c.value) for c in ws[1]],
        'freezePanes': ws.freeze_panes,
        'autoFilter': ws.auto_filter.ref,
        'printTitleRows': ws.print_title_rows,
        'orientation': ps.orientation,
        'fitToWidth': None if ps.fitToWidth is None else int(ps.fitToWidth),
        'fitToHeight': None if ps.fitToHeight is None else int(ps.fitToHeight),
        'fitToPage': bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
        'conditionalFormats': cf,
        'columnWidths': {k: d.width for k, d in ws.column_dimensions.items() if d.width},
        'rowHeights': {str(k): d.height for k, d in ws.row_dimensions.items() if d.height},
        'printArea': ws.print_area,
    }
    if with_cells:
        sheet['rows'] = [[dict({'t': c.data_type, 'v': plain(c.value)}, **({'f': c.number_format} if with_formats else {})) for c in row] for row in ws.iter_rows()]
    sheets.append(sheet)
p = wb.properties
print(json.dumps({
    'sheetNames': wb.sheetnames,
    'properties': {'creator': p.creator, 'title': p.title, 'created': plain(p.created)},
    'sheets': sheets,
}, ensure_ascii=False))
`;

/**
 * Reads an .xlsx with openpyxl (an independent reader) and returns what it sees: sheet names,
 * dimensions, header rows, freeze panes, autofilter, print titles, conditional formats and,
 * row heights and, with `cells`, every cell's value and data type (and with `formats`, its
 * number format).
 */
export async function readXlsx(
  path: string,
  options: { cells?: boolean; formats?: boolean } = {},
): Promise<XlsxBook> {
  const { stdout } = await promisify(execFile)(
    PYTHON,
    ['-c', SCRIPT, path, options.cells ? '1' : '0', options.formats ? '1' : '0'],
    { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
  );
  return JSON.parse(stdout) as XlsxBook;
}

/** A sheet by name, or an assertion-friendly error. */
export function sheetNamed(book: XlsxBook, name: string): XlsxSheet {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet "${name}" in ${book.sheetNames.join(', ')}`);
  return sheet;
}

const PARTS_SCRIPT = String.raw`
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps({n: z.read(n).decode('utf-8', 'replace') for n in z.namelist()}, ensure_ascii=False))
`;

/** Every part of an .xlsx (a zip of XML files) as text, by part name: for "appears nowhere" checks. */
export async function xlsxParts(path: string): Promise<Record<string, string>> {
  const { stdout } = await promisify(execFile)(PYTHON, ['-c', PARTS_SCRIPT, path], {
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as Record<string, string>;
}
