import type ExcelJS from 'exceljs';
import { putText } from '../export/cell-text.js';
import { type BulkSheet, EXCEL_MAX_ROWS, probeRows, rowsThatFit } from './bulk-sheets.js';
import { type RowSource, rowsOf } from './row-source.js';

/** `points`: a value already in percent or percentage points (an achievement), not a 0..1 ratio. */
export type CellFormat = 'text' | 'count' | 'percent' | 'ratio' | 'decimal' | 'points' | 'eur' | 'date' | 'yesno';

export interface TableColumn {
  header: string;
  key: string;
  format: CellFormat;
  /** Character width; defaults from the header and format. */
  width?: number;
}

const NUMBER_FORMATS: Partial<Record<CellFormat, string>> = {
  count: '#,##0',
  percent: '0.0%',
  ratio: '0.0000',
  decimal: '#,##0.0####',
  points: '0.0',
  eur: '#,##0.00',
  date: 'yyyy-mm-dd',
};

/** Number formats by cell format, for a cell whose format differs from its column's. */
export const numberFormat = (format: CellFormat): string | undefined => NUMBER_FORMATS[format];

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };

/**
 * Writes one value with its format: numbers stay numbers (a percentage is the ratio with a
 * percent format, so the cell holds the exact indicator value), dates become dates, and
 * every piece of text goes through putText, whatever its origin.
 */
export function putValue(cell: ExcelJS.Cell, value: unknown, format: CellFormat): void {
  if (value === null || value === undefined || value === '') return;
  if (format === 'yesno') {
    if (typeof value === 'boolean') cell.value = value ? 'yes' : 'no';
    else putText(cell, String(value));
    return;
  }
  if (format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    cell.value = new Date(`${value}T00:00:00Z`);
    cell.numFmt = NUMBER_FORMATS.date!;
    return;
  }
  if (typeof value === 'number') {
    cell.value = value;
    const fmt = NUMBER_FORMATS[format];
    if (fmt) cell.numFmt = fmt;
    return;
  }
  putText(cell, String(value));
}

/** Bold header cells on a light fill. */
export function styleHeader(row: ExcelJS.Row, from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9C8' } } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  }
}

/**
 * A titled table from `startRow` in column A: a bold title line, a header row, the rows.
 * Returns the row after the table and the header row's number.
 */
export function writeTable(
  sheet: ExcelJS.Worksheet,
  startRow: number,
  title: string | null,
  columns: readonly TableColumn[],
  rows: ReadonlyArray<object>,
): { next: number; headerRow: number; lastRow: number } {
  let r = startRow;
  if (title !== null) {
    const cell = sheet.getRow(r).getCell(1);
    putText(cell, title);
    cell.font = { bold: true, size: 12 };
    r += 1;
  }
  const header = sheet.getRow(r);
  columns.forEach((c, i) => putText(header.getCell(i + 1), c.header));
  styleHeader(header, 1, columns.length);
  const headerRow = r;
  for (const record of rows) {
    r += 1;
    const row = sheet.getRow(r);
    columns.forEach((c, i) => putValue(row.getCell(i + 1), (record as Record<string, unknown>)[c.key], c.format));
  }
  return { next: r + 2, headerRow, lastRow: r };
}

const DEFAULT_WIDTH: Record<CellFormat, number> = { text: 24, count: 12, percent: 12, ratio: 12, decimal: 12, points: 12, eur: 14, date: 12, yesno: 10 };

/** Widens columns to fit the widest of these tables (never narrower than set before). */
export function fitColumns(sheet: ExcelJS.Worksheet, tables: ReadonlyArray<readonly TableColumn[]>, maxWidth = 60): void {
  for (const columns of tables) {
    columns.forEach((c, i) => {
      const col = sheet.getColumn(i + 1);
      const want = Math.min(maxWidth, Math.max(10, c.width ?? DEFAULT_WIDTH[c.format], c.header.length + 2));
      if ((col.width ?? 0) < want) col.width = want;
    });
  }
}

/** Rows as a source: a list already in memory is wrapped. */
const sourceOf = (rows: ReadonlyArray<object> | RowSource): RowSource => ('batches' in rows ? rows : rowsOf(rows as ReadonlyArray<object>));

/** Every row, for a table exceljs writes itself: only a source that holds them all in its head has them. */
function allRows(source: RowSource): readonly object[] {
  if (source.head.length !== source.count) throw new Error('a list read from the database is written by bulk-sheets.ts: pass the bulk list');
  return source.head;
}

/**
 * Right of a table too long for a sheet: which rows it holds, and where all of them are. Excel
 * opens no sheet past row 1,048,576, so those rows are left out rather than the file refused.
 */
function noteRowsLeftOut(sheet: ExcelJS.Worksheet, headerRow: number, width: number, rows: number): void {
  const fit = rowsThatFit(headerRow, rows);
  if (fit === rows) return;
  const cell = sheet.getRow(headerRow).getCell(width + 2);
  cell.value =
    `Only the first ${fit.toLocaleString('en')} of ${rows.toLocaleString('en')} rows are listed: an Excel sheet ends at row ${EXCEL_MAX_ROWS.toLocaleString('en')}. ` +
    'Export the table as CSV (the Data view) or the dataset as Parquet (twinlens export --parquet) for all of them.';
  cell.font = { bold: true, color: { argb: 'FFB42318' } };
}

/**
 * A list sheet: header in row 1, frozen, with an autofilter over the whole table. Given a
 * `bulk` list, the rows go there with two probe rows in their place (bulk-sheets.ts writes them).
 */
export function writeListSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly TableColumn[],
  rows: ReadonlyArray<object> | RowSource,
  bulk?: BulkSheet[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  if (bulk !== undefined) {
    const source = sourceOf(rows);
    bulk.push({ name, columns, rows: source });
    writeTable(sheet, 1, null, columns, probeRows(columns));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rowsThatFit(1, source.count), column: columns.length } };
    noteRowsLeftOut(sheet, 1, columns.length, source.count);
  } else {
    const { lastRow } = writeTable(sheet, 1, null, columns, allRows(sourceOf(rows)));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(lastRow, 1), column: columns.length } };
  }
  fitColumns(sheet, [columns]);
  return sheet;
}

/**
 * writeTable for a table that may run to thousands of rows and ends its sheet: given `bulk`,
 * two probe rows stand in for the rows, which bulk-sheets.ts writes. `lastRow` is the row the
 * table will end on, for ranges (autofilter, conditional formatting) set before that.
 */
export function writeLongTable(
  sheet: ExcelJS.Worksheet,
  startRow: number,
  title: string,
  columns: readonly TableColumn[],
  rows: ReadonlyArray<object> | RowSource,
  bulk?: BulkSheet[],
): { headerRow: number; lastRow: number } {
  const source = sourceOf(rows);
  if (bulk === undefined) return writeTable(sheet, startRow, title, columns, allRows(source));
  const { headerRow } = writeTable(sheet, startRow, title, columns, probeRows(columns));
  bulk.push({ name: sheet.name, columns, rows: source, headerRow });
  noteRowsLeftOut(sheet, headerRow, columns.length, source.count);
  return { headerRow, lastRow: headerRow + rowsThatFit(headerRow, source.count) };
}
